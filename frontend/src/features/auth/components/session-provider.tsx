import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';

import { isUnauthorized, onUnauthorized } from '@/lib/graphql-client';
import { useResetGraphqlClient } from '@/lib/graphql-provider';

import { MeDocument } from '../api/get-me';
import { LogoutDocument } from '../api/logout';
import { SessionContext, type Session } from '../hooks/use-session';

/**
 * The web session lives in an HttpOnly cookie the app cannot read; `me` tells whether it exists.
 * When the server refuses a request of a signed-in person (UNAUTHORIZED, HTTP 401), the session
 * has expired: the GraphQL client is replaced (dropping cached figures) and the guard sends the
 * person to the login page, which says why.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const resetClient = useResetGraphqlClient();
  const [result, reexecuteMe] = useQuery({ query: MeDocument, requestPolicy: 'network-only' });
  const [, logout] = useMutation(LogoutDocument);
  const [expired, setExpired] = useState(false);

  const me = result.data?.me ?? null;
  const signedInRef = useRef(false);
  useEffect(() => {
    signedInRef.current = me != null;
  }, [me]);

  useEffect(
    () =>
      onUnauthorized(({ httpStatus }) => {
        if (signedInRef.current) {
          signedInRef.current = false;
          setExpired(true);
          resetClient();
        } else if (httpStatus === 401) {
          // A session cookie the server no longer accepts, seen on start.
          setExpired(true);
        }
      }),
    [resetClient],
  );

  const signedIn = useCallback(() => {
    setExpired(false);
    reexecuteMe({ requestPolicy: 'network-only' });
  }, [reexecuteMe]);

  const signOut = useCallback(async () => {
    signedInRef.current = false;
    await logout({});
    setExpired(false);
    resetClient();
  }, [logout, resetClient]);

  const retry = useCallback(() => reexecuteMe({ requestPolicy: 'network-only' }), [reexecuteMe]);

  const status: Session['status'] = me
    ? 'signed-in'
    : result.error
      ? isUnauthorized(result.error)
        ? 'signed-out'
        : 'error'
      : 'loading';

  const session = useMemo<Session>(
    () => ({ status, me, expired, error: result.error, retry, signedIn, signOut }),
    [status, me, expired, result.error, retry, signedIn, signOut],
  );

  return <SessionContext value={session}>{children}</SessionContext>;
}
