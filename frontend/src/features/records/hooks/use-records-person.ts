import { createContext, useContext } from 'react';

import type { Position, Role } from '@/gql/graphql';

/** The signed-in person, handed in by the route (features do not reach into the auth feature). */
export type RecordsPerson = { id: string; role: Role; position?: Position | null };

export const RecordsPersonContext = createContext<RecordsPerson | null>(null);

export function useRecordsPerson(): RecordsPerson {
  const person = useContext(RecordsPersonContext);
  if (!person) throw new Error('useRecordsPerson must be used inside <RecordsPersonContext>');
  return person;
}
