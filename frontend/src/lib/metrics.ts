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

/** The records list behind a KPI's number (SPEC §7 "every KPI card opens the records behind its number"). */
const RECORDS: Record<Metric, 'leads' | 'deals' | 'spend'> = {
  LEADS: 'leads',
  LEAD_CONVERSION: 'leads',
  SPEND: 'spend',
  COST_PER_LEAD: 'spend',
  ATTRIBUTED_TURNOVER: 'deals',
  ATTRIBUTED_MARGIN: 'deals',
  TURNOVER: 'deals',
  GROSS_MARGIN: 'deals',
  NEW_CLIENTS: 'deals',
  ACTIVE_CLIENTS: 'deals',
};

/**
 * Where a person's KPI card leads: the month's records of the metric's kind, narrowed to the
 * person's own deals for a salesperson's sales metrics (a marketer's lists show only their leads,
 * spend and the deals on their leads already).
 */
export function recordsHref(metric: Metric, period: string, employeeId: string): string {
  const tab = RECORDS[metric];
  const params = new URLSearchParams({ month: period });
  if (tab === 'deals' && !metric.startsWith('ATTRIBUTED_')) params.set('salesperson', employeeId);
  return `/records/${tab}?${params.toString()}`;
}

/** Where a company-wide KPI card leads: the month's records of the metric's kind, everyone's. */
export function companyRecordsHref(metric: Metric, period: string): string {
  return `/records/${RECORDS[metric]}?${new URLSearchParams({ month: period }).toString()}`;
}
