import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import { kpiQueryContext } from '@/lib/graphql-client';
import type { Period } from '@/lib/period';

export const SpanTotalsDocument = graphql(`
  query SpanTotals($period: YearMonth!, $to: YearMonth) {
    dashboard(period: $period, to: $to) {
      period
      turnover
      grossMargin
      marginPercent
      leads
      spend
      costPerLead
      leadConversion
      newClients
      turnoverKpi {
        actual
        target
        completion
      }
      grossMarginKpi {
        actual
        target
        completion
      }
    }
  }
`);

/** The company's totals from `from` to `to` (a month, quarter or year), ratios recomputed from sums. */
export function useSpanTotals(from: Period, to: Period) {
  return useQuery({ query: SpanTotalsDocument, variables: { period: from, to }, context: kpiQueryContext });
}
