import type { ReactNode } from 'react';
import type { AnyVariables } from 'urql';

import { PagedConnection, type PagedQuery } from './paged-connection';

export type { Connection } from './paged-connection';

export const PAGE_SIZE = 25;

type PagedTableProps<Data, Variables extends AnyVariables, Node> = PagedQuery<Data, Variables, Node> & {
  caption: string;
  head: ReactNode;
  row: (node: Node) => ReactNode;
};

/** A Relay connection as a table, a `<tbody>` per page (see PagedConnection). */
export function PagedTable<Data, Variables extends AnyVariables, Node>({
  caption,
  head,
  row,
  ...query
}: PagedTableProps<Data, Variables, Node>) {
  return (
    <PagedConnection
      pageSize={PAGE_SIZE}
      {...query}
      container={(pages, hidden) => (
        <table className="data-table data-table--stack paged__table" hidden={hidden}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>{head}</thead>
          {pages}
        </table>
      )}
      page={(nodes) => <tbody>{nodes.map(row)}</tbody>}
    />
  );
}
