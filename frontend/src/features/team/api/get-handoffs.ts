import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import type { Period } from '@/lib/period';

export const HandoffsDocument = graphql(`
  query Handoffs($period: YearMonth!) {
    handoffs(period: $period) {
      ...HandoffLedger_handoff
    }
  }
`);

// A ruling (Dispute) or a lead's change (Lead) moves the ledger's counts; the answer itself holds
// neither type, so they are named here for urql to refetch it after such a mutation.
const context = { additionalTypenames: ['Lead', 'Dispute'] };

/** The month's hand-overs per marketer × salesperson pair. */
export function useHandoffs(period: Period) {
  return useQuery({ query: HandoffsDocument, variables: { period }, context });
}
