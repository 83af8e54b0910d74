import type { Responsibility, VarianceFactor } from '@/gql/graphql';

export type VariancePartInput = { factor: VarianceFactor; responsibility: Responsibility; amount: string };

export type GapBar = {
  factor: VarianceFactor;
  responsibility: Responsibility;
  /** The axis label, e.g. "Lead volume (marketing)". */
  label: string;
  /** Its two lines: "Lead volume" and "marketing". */
  factorText: string;
  responsibilityText: string;
  /** The part as a number, for the chart's geometry only (figures are shown from the exact string). */
  value: number;
  /** The exact part, formatted. */
  text: string;
  fill: string;
};

/** Bar colours by whose job the factor is; the label says it in words too. */
export const RESPONSIBILITY_COLOURS: Record<Responsibility, string> = {
  MARKETING: '#7b3fb8',
  SALES: '#0e7c86',
};

type Labels = {
  factor: (factor: VarianceFactor) => string;
  responsibility: (responsibility: Responsibility) => string;
  money: (value: string) => string;
};

/** The parts of a decomposition as chart bars, in the API's order (volume, conversion, deal size, margin rate). */
export function gapChartData(parts: VariancePartInput[], labels: Labels): GapBar[] {
  return parts.map((part) => ({
    factor: part.factor,
    responsibility: part.responsibility,
    label: `${labels.factor(part.factor)} (${labels.responsibility(part.responsibility)})`,
    factorText: labels.factor(part.factor),
    responsibilityText: labels.responsibility(part.responsibility),
    value: Number(part.amount),
    text: labels.money(part.amount),
    fill: RESPONSIBILITY_COLOURS[part.responsibility],
  }));
}

/**
 * The value axis: always through 0 (a part is a gain or a loss), with a little room beyond the
 * longest bar; the amounts stand in their own column, so no more is needed.
 */
export function gapDomain(bars: GapBar[]): [number, number] {
  const values = bars.map((bar) => bar.value).filter(Number.isFinite);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  if (low === 0 && high === 0) return [-1, 1];
  const pad = (high - low) * 0.05;
  return [low < 0 ? low - pad : 0, high > 0 ? high + pad : 0];
}
