import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';

import { isUnauthorized } from '@/lib/graphql-client';

import { ErrorBox } from './error-box';
import { Loading } from './loading';

type QueryViewProps<T> = {
  result: { data?: T; error?: CombinedError; fetching: boolean };
  onRetry: () => void;
  loading?: ReactNode;
  children: (data: T) => ReactNode;
};

/**
 * Loading, error (with retry) or the data. An expired session shows the loading state: the
 * session handling is already on its way to the login page.
 */
export function QueryView<T>({ result, onRetry, loading, children }: QueryViewProps<T>) {
  if (result.data) return children(result.data);
  if (result.error && !isUnauthorized(result.error)) {
    return <ErrorBox error={result.error} onRetry={onRetry} />;
  }
  return loading ?? <Loading />;
}
