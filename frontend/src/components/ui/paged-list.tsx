import type { ReactNode } from 'react';
import type { AnyVariables } from 'urql';

import { PagedConnection, type PagedQuery } from './paged-connection';

type PagedListProps<Data, Variables extends AnyVariables, Node> = PagedQuery<Data, Variables, Node> & {
  label: string;
  item: (node: Node) => ReactNode;
};

/** A Relay connection as an ordered list of items (see PagedConnection). */
export function PagedList<Data, Variables extends AnyVariables, Node>({
  label,
  item,
  ...query
}: PagedListProps<Data, Variables, Node>) {
  return (
    <PagedConnection
      pageSize={20}
      {...query}
      container={(pages, hidden) => (
        <ol className="paged-list__items" aria-label={label} hidden={hidden}>
          {pages}
        </ol>
      )}
      page={(nodes) => nodes.map(item)}
    />
  );
}
