/**
 * Money as a person types it, read by the rules of their language, and written back for it.
 *
 * English groups thousands with a comma and marks decimals with a point ("4,050,000.50");
 * Russian groups with a space (Intl writes a no-break one) and marks decimals with a comma
 * ("4 050 000,50"). Anything the other language would read differently ("1,000.50" in Russian,
 * "1 000,50" in English) is refused rather than guessed: a wrong guess is off by a factor of a
 * thousand and would be saved silently.
 */

export type MoneyProblem = 'format' | 'separator' | 'grouping' | 'decimals' | 'negative';

export type MoneyParse =
  /** `value` is the API's decimal ("4050000.5"), or null for an empty field. */
  { ok: true; value: string | null } | { ok: false; problem: MoneyProblem };

const MAX_DECIMALS = 2;

type Rules = { group: RegExp; decimal: string; foreign: RegExp };

/** Spaces a person or Intl may put between groups: space, no-break space, narrow no-break space. */
const SPACE = /[ \u00a0\u202f]/;

const RULES: Record<'en' | 'ru', Rules> = {
  en: { group: /,/, decimal: '.', foreign: SPACE },
  ru: { group: SPACE, decimal: ',', foreign: /\./ },
};

function rulesFor(language: string): Rules {
  return language.toLowerCase().startsWith('ru') ? RULES.ru : RULES.en;
}

/** Reads a typed amount for `language` ("en", "ru"); never guesses what a separator means. */
export function parseMoney(text: string, language: string): MoneyParse {
  const rules = rulesFor(language);
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (/^[-−]/.test(trimmed)) return { ok: false, problem: 'negative' };
  if (!/^[\d ,.\u00a0\u202f]+$/.test(trimmed)) return { ok: false, problem: 'format' };
  // The other language's separators: a point in Russian, a space in English.
  if (rules.foreign.test(trimmed)) return { ok: false, problem: 'separator' };

  const parts = trimmed.split(rules.decimal);
  // "4,050,000" in Russian, "1.000.000" in English: the decimal mark used to group.
  if (parts.length > 2) return { ok: false, problem: 'separator' };
  const [whole, fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) {
    // "1,000.50" in Russian or "1.000,50"-style: a group separator after the decimal one.
    return { ok: false, problem: /^\d*$/.test(fraction.replace(/[ ,.\u00a0\u202f]/g, '')) ? 'separator' : 'format' };
  }
  if (!/^\d/.test(whole) || !/\d$/.test(whole)) return { ok: false, problem: 'format' };

  const groups = whole.split(rules.group);
  if (groups.length > 1) {
    const [first, ...rest] = groups;
    const wellGrouped = /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
    if (!wellGrouped) {
      // "1,5" in English: a decimal comma, the other language's habit.
      const decimalComma = rules.decimal === '.' && groups.length === 2 && /^\d{1,2}$/.test(rest[0]);
      return { ok: false, problem: decimalComma ? 'separator' : 'grouping' };
    }
  }
  const digits = groups.join('');
  if (!/^\d+$/.test(digits)) return { ok: false, problem: 'format' };
  if (fraction !== undefined && fraction.length > MAX_DECIMALS) return { ok: false, problem: 'decimals' };

  const integer = digits.replace(/^0+(?=\d)/, '');
  return { ok: true, value: fraction === undefined ? integer : `${integer}.${fraction}` };
}

/**
 * An API decimal ("4050000.50") as the field shows it in `language`: "4,050,000.50" / "4 050 000,50";
 * whole amounts without decimals ("4,050,000"). What is not a decimal comes back unchanged.
 */
export function formatMoneyInput(decimal: string | null | undefined, language: string): string {
  if (decimal == null) return '';
  const text = decimal.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return text;
  const fraction = text.split('.')[1] ?? '';
  const whole = /^0*$/.test(fraction);
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: whole ? 0 : MAX_DECIMALS,
    maximumFractionDigits: MAX_DECIMALS,
    // Keep every digit: a string goes to Intl exactly.
    roundingMode: 'trunc',
  } as Intl.NumberFormatOptions).format(text as Intl.StringNumericLiteral);
}

/** Whether two API decimals are the same amount ("4050000.00" and "4050000"). */
export function sameAmount(a: string | null | undefined, b: string | null | undefined): boolean {
  return normalize(a) === normalize(b);
}

function normalize(decimal: string | null | undefined): string | null {
  if (decimal == null || decimal.trim() === '') return null;
  const [whole, fraction = ''] = decimal.trim().split('.');
  const integer = whole.replace(/^0+(?=\d)/, '');
  const cents = fraction.replace(/0+$/, '');
  return cents === '' ? integer : `${integer}.${cents}`;
}
