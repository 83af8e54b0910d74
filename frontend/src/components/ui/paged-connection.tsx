import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { CombinedError } from '@urql/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, type AnyVariables } from 'urql';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { Loading } from '@/components/ui/loading';
import { isUnauthorized } from '@/lib/graphql-client';

import './paged-table.css';

export type Connection<Node> = {
  edges: { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** How many records the filter finds in all (every page). */
  totalCount?: number | null;
};

/** What a paged view asks for: a connection query and how to reach the connection in its answer. */
export type PagedQuery<Data, Variables extends AnyVariables, Node> = {
  query: TypedDocumentNode<Data, Variables>;
  /** The query's variables other than `first` and `after`. */
  variables: Omit<Variables, 'first' | 'after'>;
  connection: (data: Data) => Connection<Node>;
  /** Typenames whose mutations refetch the list (also when it is empty). */
  typenames: string[];
  pageSize?: number;
  emptyTitle: string;
  emptyHint?: string;
  /** "Deals found: 42", from the first page's totalCount; nothing when absent. */
  total?: (count: number) => string;
};

type PagedConnectionProps<Data, Variables extends AnyVariables, Node> = PagedQuery<Data, Variables, Node> & {
  /** The element holding the pages (a table, a list), hidden while there is nothing to show. */
  container: (pages: ReactNode, hidden: boolean) => ReactNode;
  /** One page's records. */
  page: (nodes: Node[]) => ReactNode;
};

type PageState = {
  rows: number;
  hasNextPage: boolean;
  endCursor: string | null;
  fetching: boolean;
  loaded: boolean;
  total: number | null;
  error: CombinedError | undefined;
  retry: () => void;
};

/**
 * A Relay connection shown page by page: "Load more" adds a page that starts `after` the last one's end
 * cursor. Each page is a urql query of its own, so a mutation that touches its typenames refetches every
 * page shown. Tables (PagedTable) and lists (PagedList) only say how pages are drawn.
 */
export function PagedConnection<Data, Variables extends AnyVariables, Node>(
  props: PagedConnectionProps<Data, Variables, Node>,
) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [pages, setPages] = useState<Record<number, PageState>>({});

  const first = pages[0];
  const last = pages[cursors.length - 1];
  const failed = Object.values(pages).find((page) => page.error && !isUnauthorized(page.error));
  const empty = first?.loaded && first.rows === 0;
  // Busy until the first page is there and while any page is fetched again (new variables, a refetch).
  const busy = !first?.loaded || Object.values(pages).some((page) => page.fetching);

  return (
    <div className="paged" aria-busy={busy}>
      {props.total && first?.loaded && !empty && first.total != null && (
        <p className="paged__total" role="status">
          {props.total(first.total)}
        </p>
      )}
      {props.container(
        cursors.map((after, index) => (
          <Page
            key={after ?? ''}
            {...props}
            after={after}
            onState={(state) => setPages((current) => ({ ...current, [index]: state }))}
          />
        )),
        !first?.loaded || Boolean(empty),
      )}
      {!first?.loaded && !failed && <Loading />}
      {empty && <EmptyState title={props.emptyTitle} hint={props.emptyHint} />}
      {failed && <ErrorBox error={failed.error} onRetry={failed.retry} />}
      {last?.loaded && last.hasNextPage && last.endCursor && (
        <div className="paged__more">
          <button
            type="button"
            className="button button--secondary"
            disabled={last.fetching}
            onClick={() => {
              const cursor = last.endCursor;
              if (cursor && !cursors.includes(cursor)) setCursors((current) => [...current, cursor]);
            }}
          >
            {t('common.loadMore')}
          </button>
        </div>
      )}
      {cursors.length > 1 && last && !last.loaded && !failed && <Loading />}
    </div>
  );
}

type PageProps<Data, Variables extends AnyVariables, Node> = PagedConnectionProps<Data, Variables, Node> & {
  after: string | null;
  onState: (state: PageState) => void;
};

function Page<Data, Variables extends AnyVariables, Node>({
  query,
  variables,
  connection,
  typenames,
  pageSize = 25,
  page: draw,
  after,
  onState,
}: PageProps<Data, Variables, Node>) {
  const [result, reexecute] = useQuery({
    query,
    variables: { ...variables, first: pageSize, after } as unknown as Variables,
    context: useContextFor(typenames),
  });
  const page = result.data ? connection(result.data) : null;
  const rows = page?.edges.length ?? 0;
  const hasNextPage = page?.pageInfo.hasNextPage ?? false;
  const endCursor = page?.pageInfo.endCursor ?? null;
  const loaded = page != null;
  const total = page?.totalCount ?? null;

  useEffect(() => {
    onState({
      rows,
      hasNextPage,
      endCursor,
      fetching: result.fetching,
      loaded,
      total,
      error: result.error,
      retry: () => reexecute({ requestPolicy: 'network-only' }),
    });
    // onState is a new function on every render of the parent; the state is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, hasNextPage, endCursor, result.fetching, loaded, total, result.error, reexecute]);

  if (!page || rows === 0) return null;
  return <>{draw(page.edges.map((edge) => edge.node))}</>;
}

const contexts = new Map<string, { additionalTypenames: string[] }>();

/** A stable context object per typename list (a new object would re-run the query). */
function useContextFor(typenames: string[]) {
  const key = typenames.join(',');
  let context = contexts.get(key);
  if (!context) {
    context = { additionalTypenames: typenames };
    contexts.set(key, context);
  }
  return context;
}
