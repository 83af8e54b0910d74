import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import { kpiQueryContext } from '@/lib/graphql-client';
import type { Period } from '@/lib/period';

export const TeamDocument = graphql(`
  query Team($period: YearMonth!) {
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
  }
`);

/** The company's month: shared goal, totals, everyone's completion and contribution, funnel, channels. */
export function useTeam(period: Period) {
  return useQuery({ query: TeamDocument, variables: { period }, context: kpiQueryContext });
}
