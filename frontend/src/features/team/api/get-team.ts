import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import { kpiQueryContext } from '@/lib/graphql-client';
import { addMonths, type Period } from '@/lib/period';

export const TeamDocument = graphql(`
  query Team($period: YearMonth!, $previousPeriod: YearMonth!) {
    dashboard(period: $period) {
      goal {
        turnoverTarget
      }
      turnover
      leads
      spend
      turnoverKpi {
        ...KpiCard_kpi
      }
      grossMarginKpi {
        ...KpiCard_kpi
      }
      ...CompanyTotals_dashboard
      members {
        ...MembersTable_member
      }
      funnel {
        ...FunnelChart_funnel
      }
      channels {
        ...ChannelTable_channel
      }
    }
    previous: dashboard(period: $previousPeriod) {
      turnover
      grossMargin
    }
  }
`);

/** The company's month: shared goal, totals, everyone's completion and contribution, funnel, channels. */
export function useTeam(period: Period) {
  return useQuery({
    query: TeamDocument,
    variables: { period, previousPeriod: addMonths(period, -1) },
    context: kpiQueryContext,
  });
}
