import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import { KPI_SOURCE_TYPENAMES } from '@/lib/graphql-client';
import type { Period } from '@/lib/period';

export const VarianceDecompositionDocument = graphql(`
  query VarianceDecomposition($period: YearMonth!) {
    varianceDecomposition(period: $period) {
      period
      reading
      basis
      elapsedFraction
      baselineSource
      baselinePeriod
      baseline {
        leads
        dealsPerLead
        averageDeal
        marginPercent
      }
      actual {
        leads
        dealsPerLead
        averageDeal
        marginPercent
      }
      turnover {
        baseline
        actual
        difference
        parts {
          factor
          responsibility
          amount
        }
      }
      grossMargin {
        baseline
        actual
        difference
        parts {
          factor
          responsibility
          amount
        }
      }
    }
  }
`);

/** Applying a plan from the goal changes the baseline: refetch after that mutation too. */
const context = { additionalTypenames: [...KPI_SOURCE_TYPENAMES, 'PlanSuggestion'] };

/** The month's lead-sourced turnover and margin against the baseline, by cause. */
export function useVarianceDecomposition(period: Period) {
  return useQuery({ query: VarianceDecompositionDocument, variables: { period }, context });
}
