import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import { kpiQueryContext } from '@/lib/graphql-client';
import type { Period } from '@/lib/period';

export const MyMonthDocument = graphql(`
  query MyMonth($employeeId: ID!, $period: YearMonth!) {
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
  }
`);

/** My KPIs and contribution for the month, and the shared goal they count towards. */
export function useMyMonth(employeeId: string, period: Period) {
  return useQuery({ query: MyMonthDocument, variables: { employeeId, period }, context: kpiQueryContext });
}
