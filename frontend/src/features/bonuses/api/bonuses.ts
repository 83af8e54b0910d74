import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import { KPI_SOURCE_TYPENAMES } from '@/lib/graphql-client';
import type { Period } from '@/lib/period';

export const BonusSchemesDocument = graphql(`
  query BonusSchemes {
    bonusSchemes {
      id
      position
      targetBonus
      sharedMetric
      gate
      cap
      version
      weights {
        metric
        weight
      }
    }
  }
`);

export const SetBonusSchemeDocument = graphql(`
  mutation SetBonusScheme($input: SetBonusSchemeInput!) {
    setBonusScheme(input: $input) {
      id
      position
      targetBonus
      sharedMetric
      gate
      cap
      version
      weights {
        metric
        weight
      }
    }
  }
`);

export const BonusRunDocument = graphql(`
  query BonusRun($period: YearMonth!) {
    bonusRun(period: $period) {
      period
      total
      grossMargin
      totalShareOfMargin
      closed
      bonuses {
        employee {
          id
          fullName
          position
        }
        targetBonus
        sharedCompletion
        personalScore
        payout
        reason
        closed
      }
    }
  }
`);

export const CloseBonusPeriodDocument = graphql(`
  mutation CloseBonusPeriod($period: YearMonth!) {
    closeBonusPeriod(period: $period) {
      period
      total
      grossMargin
      totalShareOfMargin
      closed
    }
  }
`);

const SCHEMES_CONTEXT = { additionalTypenames: ['BonusScheme'] };
const RUN_CONTEXT = { additionalTypenames: [...KPI_SOURCE_TYPENAMES, 'BonusScheme', 'BonusRun'] };

/** Owner: every position's scheme. */
export function useBonusSchemes() {
  return useQuery({ query: BonusSchemesDocument, context: SCHEMES_CONTEXT });
}

/** Owner: everyone's bonus for the month; only the asked month's data counts (urql keeps the last one meanwhile). */
export function useBonusRun(period: Period) {
  const [result, reexecute] = useQuery({ query: BonusRunDocument, variables: { period }, context: RUN_CONTEXT });
  const asked = (result.operation?.variables as { period?: Period } | undefined)?.period;
  return [asked === period ? result : { ...result, data: undefined, fetching: true }, reexecute] as const;
}

export const BonusSchemeHistoryDocument = graphql(`
  query BonusSchemeHistory {
    bonusSchemeHistory {
      id
      position
      field
      oldValue
      newValue
      changedAt
      changedBy {
        id
        fullName
      }
    }
  }
`);

export function useBonusSchemeHistory() {
  return useQuery({ query: BonusSchemeHistoryDocument, context: SCHEME_HISTORY_CONTEXT });
}

/** Refetched after a scheme is saved. */
const SCHEME_HISTORY_CONTEXT = { additionalTypenames: ['BonusScheme', 'BonusSchemeChange'] };
