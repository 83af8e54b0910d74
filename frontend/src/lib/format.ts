/**
 * Number formatting for the chosen language. Decimals arrive from the API as exact strings
 * ("1234567.50") and go to Intl as strings, so no digit is lost on the way.
 */

/** Shown wherever a value is undefined (null), never 0. */
export const DASH = '—';

export type Numeric = string | number | null | undefined;

function toIntlInput(value: Numeric): Intl.StringNumericLiteral | number | null {
  if (value == null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? (trimmed as Intl.StringNumericLiteral) : null;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(language, options);
    formatters.set(key, cached);
  }
  return cached;
}

function format(value: Numeric, language: string, options: Intl.NumberFormatOptions): string {
  const input = toIntlInput(value);
  return input == null ? DASH : formatter(language, options).format(input);
}

/** Money in the company currency: ru "1 234 567,50 ₽", en "₽1,234,567.50". */
export function formatMoney(value: Numeric, currency: string, language: string): string {
  return format(value, language, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/** Money for chart axes and tight spots: ru "2,3 млн ₽", en "₽2.3M". */
export function formatMoneyCompact(value: Numeric, currency: string, language: string): string {
  return format(value, language, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
}

/** A ratio where 1.0 = 100 %: ru "89,3 %", en "89.3%". */
export function formatPercent(ratio: Numeric, language: string, maximumFractionDigits = 1): string {
  return format(ratio, language, { style: 'percent', maximumFractionDigits });
}

/** A count: whole unless told otherwise (a forecast of 7.5 leads stays 7.5). */
export function formatCount(value: Numeric, language: string, maximumFractionDigits = 0): string {
  return format(value, language, { maximumFractionDigits });
}

function formatPeriod(period: string, language: string, options: Intl.DateTimeFormatOptions): string {
  const [year, month] = period.split('-').map(Number);
  const text = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** "November 2026" / "Ноябрь 2026 г." for "2026-11". */
export function formatMonth(period: string, language: string): string {
  return formatPeriod(period, language, { month: 'long', year: 'numeric' });
}

/** "Nov" / "Нояб." for "2026-11": chart axes, where the year is clear from the context. */
export function formatMonthShort(period: string, language: string): string {
  return formatPeriod(period, language, { month: 'short' });
}
