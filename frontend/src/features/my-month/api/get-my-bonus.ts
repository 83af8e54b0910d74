import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import { KPI_SOURCE_TYPENAMES } from '@/lib/graphql-client';
import type { Period } from '@/lib/period';

export const MyBonusDocument = graphql(`
  query MyBonus($employeeId: ID!, $period: YearMonth!) {
    bonus(employeeId: $employeeId, period: $period) {
      period
      targetBonus
      sharedCompletion
      sharedFactor
      personalScore
      payout
      forecastPayout
      reason
      closed
      components {
        metric
        weight
        completion
        capped
      }
    }
  }
`);

/** A bonus moves with every KPI input, and with the scheme and the run's closing. Module scope: stable. */
const BONUS_CONTEXT = { additionalTypenames: [...KPI_SOURCE_TYPENAMES, 'BonusScheme', 'BonusRun'] };

/** The signed-in person's bonus for the month (the API shows it to the person and owners only). */
export function useMyBonus(employeeId: string, period: Period) {
  return useQuery({ query: MyBonusDocument, variables: { employeeId, period }, context: BONUS_CONTEXT });
}
