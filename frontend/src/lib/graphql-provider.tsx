import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';

import { createGraphqlClient } from './graphql-client';

const ResetContext = createContext<() => void>(() => {});

type GraphqlProviderProps = {
  children: ReactNode;
  createClient?: () => Client;
};

/**
 * Provides the urql client and a way to replace it. Signing out (or a session that expired) gets a
 * fresh client, so nothing one person was shown stays in the cache for the next one.
 */
export function GraphqlProvider({ children, createClient = createGraphqlClient }: GraphqlProviderProps) {
  const [client, setClient] = useState(createClient);
  const reset = useCallback(() => setClient(createClient()), [createClient]);
  return (
    <ResetContext value={reset}>
      <Provider value={client}>{children}</Provider>
    </ResetContext>
  );
}

export function useResetGraphqlClient(): () => void {
  return useContext(ResetContext);
}
