import type { Metric } from '@/gql/graphql';

export type MetricKind = 'money' | 'count' | 'ratio';

const KIND: Record<Metric, MetricKind> = {
  LEADS: 'count',
  SPEND: 'money',
  COST_PER_LEAD: 'money',
  LEAD_CONVERSION: 'ratio',
  ATTRIBUTED_TURNOVER: 'money',
  ATTRIBUTED_MARGIN: 'money',
  TURNOVER: 'money',
  GROSS_MARGIN: 'money',
  NEW_CLIENTS: 'count',
  ACTIVE_CLIENTS: 'count',
};

/** How the metric's Decimal values read: money, a whole count, or a ratio ("0.2500" = 25 %). */
export function metricKind(metric: Metric): MetricKind {
  return KIND[metric];
}

/**
 * Additive metrics (counts and money) build up over the month, so they have an expected-by-now
 * point, a forecast and a daily pace. Ratios (cost per lead, conversion) are judged as they stand.
 */
export function isAdditive(metric: Metric): boolean {
  return metric !== 'COST_PER_LEAD' && metric !== 'LEAD_CONVERSION';
}
