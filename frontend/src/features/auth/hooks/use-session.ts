import type { CombinedError } from '@urql/core';
import { createContext, useContext } from 'react';

import type { MeQuery } from '@/gql/graphql';

export type SessionEmployee = MeQuery['me'];

export type Session = {
  status: 'loading' | 'signed-in' | 'signed-out' | 'error';
  me: SessionEmployee | null;
  /** The last session ended because the server refused it: the login page says so. */
  expired: boolean;
  error: CombinedError | undefined;
  retry: () => void;
  /** Call after a successful login mutation: loads the person behind the new cookie. */
  signedIn: () => void;
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** For pages behind the sign-in guard: the person is known there. */
export function useSignedInEmployee(): SessionEmployee {
  const { me } = useSession();
  if (!me) throw new Error('useSignedInEmployee needs a signed-in session');
  return me;
}
