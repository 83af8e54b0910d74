import type { Metric, Position } from '@/gql/graphql';

/** The metrics a position is planned on (SPEC §3); marketers may also get a turnover-from-leads target. */
export const PLANNED_METRICS: Record<Position, Metric[]> = {
  MARKETER: ['LEADS', 'COST_PER_LEAD', 'LEAD_CONVERSION', 'ATTRIBUTED_TURNOVER'],
  HUNTER: ['NEW_CLIENTS', 'TURNOVER', 'GROSS_MARGIN'],
  FARMER: ['TURNOVER', 'GROSS_MARGIN', 'ACTIVE_CLIENTS'],
};
