import type { Metric } from '@/gql/graphql';

export type PlanShareInput = {
  employee: { id: string; fullName: string };
  metric: Metric;
  share?: number | null;
  target: string;
};

export type SplitRow = {
  employee: { id: string; fullName: string };
  /** The person's targets by metric; a metric not planned for them is absent. */
  targets: Partial<Record<Metric, { share: number | null; target: string }>>;
};

export type SplitTable = { metrics: Metric[]; rows: SplitRow[] };

/** The order of the split's columns: sales money first, then the marketers' funnel. */
const METRIC_ORDER: Metric[] = ['TURNOVER', 'GROSS_MARGIN', 'LEADS', 'COST_PER_LEAD', 'LEAD_CONVERSION'];

/** The split (person × metric rows) as one row per person with a column per metric that occurs. */
export function pivotSplit(split: PlanShareInput[]): SplitTable {
  const rows = new Map<string, SplitRow>();
  for (const item of split) {
    const row = rows.get(item.employee.id) ?? { employee: item.employee, targets: {} };
    row.targets[item.metric] = { share: item.share ?? null, target: item.target };
    rows.set(item.employee.id, row);
  }
  const present = new Set(split.map((item) => item.metric));
  const metrics = [
    ...METRIC_ORDER.filter((m) => present.has(m)),
    ...[...present].filter((m) => !METRIC_ORDER.includes(m)),
  ];
  return { metrics, rows: [...rows.values()] };
}
