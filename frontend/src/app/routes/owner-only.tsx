import type { ReactNode } from 'react';

import { useSignedInEmployee } from '@/features/auth/hooks/use-session';

import { NotFoundRoute } from './not-found';

/** Owner screens: to anyone else the address does not exist (and the API refuses anyway). */
export function OwnerOnly({ children }: { children: ReactNode }) {
  const me = useSignedInEmployee();
  return me.role === 'OWNER' ? children : <NotFoundRoute />;
}
