import type { Period } from '@/lib/period';

export type Scale = 'month' | 'quarter' | 'year';

export const SCALES: Scale[] = ['month', 'quarter', 'year'];

export function isScale(value: string | null | undefined): value is Scale {
  return value === 'month' || value === 'quarter' || value === 'year';
}

export type Span = { scale: Scale; from: Period; to: Period; year: number; quarter: number };

/** The month, calendar quarter or calendar year that contains `period`. */
export function spanOf(scale: Scale, period: Period): Span {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3) + 1;
  const pad = (m: number) => `${period.slice(0, 4)}-${String(m).padStart(2, '0')}`;
  switch (scale) {
    case 'month':
      return { scale, from: period, to: period, year, quarter };
    case 'quarter':
      return { scale, from: pad(quarter * 3 - 2), to: pad(quarter * 3), year, quarter };
    case 'year':
      return { scale, from: pad(1), to: pad(12), year, quarter };
  }
}
