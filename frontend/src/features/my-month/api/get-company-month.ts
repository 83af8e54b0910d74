import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import { kpiQueryContext } from '@/lib/graphql-client';
import { addMonths, type Period } from '@/lib/period';

export const CompanyMonthDocument = graphql(`
  query CompanyMonth($period: YearMonth!, $previousPeriod: YearMonth!) {
    dashboard(period: $period) {
      turnoverKpi {
        ...KpiCard_kpi
      }
      grossMarginKpi {
        ...KpiCard_kpi
      }
      goal {
        turnoverTarget
      }
      marginPercent
      leads
      spend
      costPerLead
      leadConversion
      newClients
    }
    previous: dashboard(period: $previousPeriod) {
      turnover
      grossMargin
    }
  }
`);

/** The company's month, for an owner who holds no position. */
export function useCompanyMonth(period: Period) {
  return useQuery({
    query: CompanyMonthDocument,
    variables: { period, previousPeriod: addMonths(period, -1) },
    context: kpiQueryContext,
  });
}
