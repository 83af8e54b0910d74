/** A calendar month as the API writes it: "2026-11". */
export type Period = string;

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string | null | undefined): value is Period {
  return value != null && PERIOD.test(value);
}

/** The month of a day such as "2026-11-05". */
export function periodOf(day: string): Period {
  return day.slice(0, 7);
}

export function addMonths(period: Period, months: number): Period {
  const [year, month] = period.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** `count` consecutive months ending with `last`, oldest first. */
export function monthsEndingWith(last: Period, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

/** From `from` to `to`, both included, newest first. */
export function monthsBetween(from: Period, to: Period): Period[] {
  const result: Period[] = [];
  for (let p = to; p >= from; p = addMonths(p, -1)) result.push(p);
  return result;
}
