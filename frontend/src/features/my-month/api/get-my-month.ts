import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import { kpiQueryContext } from '@/lib/graphql-client';
import { addMonths, type Period } from '@/lib/period';

export const MyMonthDocument = graphql(`
  query MyMonth($employeeId: ID!, $period: YearMonth!, $previousPeriod: YearMonth!) {
    employeeKpis(employeeId: $employeeId, period: $period) {
      kpis {
        metric
        actual
        target
        ...KpiCard_kpi
      }
      contribution {
        ...ContributionPanel_contribution
      }
    }
    dashboard(period: $period) {
      ...ContributionPanel_dashboard
    }
    previous: employeeKpis(employeeId: $employeeId, period: $previousPeriod) {
      kpis {
        metric
        actual
      }
    }
  }
`);

/** My KPIs and contribution for the month, the shared goal they count towards, and last month's KPIs to compare. */
export function useMyMonth(employeeId: string, period: Period) {
  return useQuery({
    query: MyMonthDocument,
    variables: { employeeId, period, previousPeriod: addMonths(period, -1) },
    context: kpiQueryContext,
  });
}
