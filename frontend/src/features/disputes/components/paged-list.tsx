import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { CombinedError } from '@urql/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, type AnyVariables } from 'urql';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { Loading } from '@/components/ui/loading';
import { isUnauthorized } from '@/lib/graphql-client';

export const PAGE_SIZE = 20;

export type Connection<Node> = {
  edges: { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount?: number;
};

type PageState = {
  rows: number;
  total: number | undefined;
  hasNextPage: boolean;
  endCursor: string | null;
  fetching: boolean;
  loaded: boolean;
  error: CombinedError | undefined;
  retry: () => void;
};

type PagedListProps<Data, Variables extends AnyVariables, Node> = {
  query: TypedDocumentNode<Data, Variables>;
  /** The query's variables other than `first` and `after`. */
  variables: Omit<Variables, 'first' | 'after'>;
  connection: (data: Data) => Connection<Node>;
  /** Typenames whose mutations refetch the list (also when it is empty). */
  context: { additionalTypenames: string[] };
  label: string;
  item: (node: Node) => ReactNode;
  emptyTitle: string;
  /** "12 in all", when the connection counts. */
  totalText?: (count: number) => string;
};

/**
 * A Relay connection as a list, one urql query per page as on Records: "Load more" adds a page
 * `after` the last cursor, and a mutation touching the typenames refetches every page shown.
 */
export function PagedList<Data, Variables extends AnyVariables, Node>(props: PagedListProps<Data, Variables, Node>) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [pages, setPages] = useState<Record<number, PageState>>({});

  const first = pages[0];
  const last = pages[cursors.length - 1];
  const failed = Object.values(pages).find((page) => page.error && !isUnauthorized(page.error));
  const empty = first?.loaded && first.rows === 0;

  return (
    <div className="paged-list">
      {first?.loaded && !empty && first.total != null && props.totalText && (
        <p className="paged-list__total">{props.totalText(first.total)}</p>
      )}
      <ol className="paged-list__items" aria-label={props.label} hidden={!first?.loaded || empty}>
        {cursors.map((after, index) => (
          <Page
            key={after ?? ''}
            {...props}
            after={after}
            onState={(state) => setPages((current) => ({ ...current, [index]: state }))}
          />
        ))}
      </ol>
      {!first?.loaded && !failed && <Loading />}
      {empty && <EmptyState title={props.emptyTitle} />}
      {failed && <ErrorBox error={failed.error} onRetry={failed.retry} />}
      {last?.loaded && last.hasNextPage && last.endCursor && (
        <div className="paged-list__more">
          <button
            type="button"
            className="button button--secondary"
            disabled={last.fetching}
            onClick={() => {
              const cursor = last.endCursor;
              if (cursor && !cursors.includes(cursor)) setCursors((current) => [...current, cursor]);
            }}
          >
            {t('disputes.loadMore')}
          </button>
        </div>
      )}
      {cursors.length > 1 && last && !last.loaded && !failed && <Loading />}
    </div>
  );
}

type PageProps<Data, Variables extends AnyVariables, Node> = PagedListProps<Data, Variables, Node> & {
  after: string | null;
  onState: (state: PageState) => void;
};

function Page<Data, Variables extends AnyVariables, Node>({
  query,
  variables,
  connection,
  context,
  item,
  after,
  onState,
}: PageProps<Data, Variables, Node>) {
  const [result, reexecute] = useQuery({
    query,
    variables: { ...variables, first: PAGE_SIZE, after } as unknown as Variables,
    context,
  });
  const page = result.data ? connection(result.data) : null;
  const rows = page?.edges.length ?? 0;
  const total = page?.totalCount;
  const hasNextPage = page?.pageInfo.hasNextPage ?? false;
  const endCursor = page?.pageInfo.endCursor ?? null;
  const loaded = page != null;

  useEffect(() => {
    onState({
      rows,
      total,
      hasNextPage,
      endCursor,
      fetching: result.fetching,
      loaded,
      error: result.error,
      retry: () => reexecute({ requestPolicy: 'network-only' }),
    });
    // onState is a new function on every render of the parent; the state is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, total, hasNextPage, endCursor, result.fetching, loaded, result.error, reexecute]);

  if (!page) return null;
  return <>{page.edges.map((edge) => item(edge.node))}</>;
}
