import type { CombinedError } from '@urql/core';

import { errorCodeText, type ErrorCodeText } from './error-codes';

/** One problem the API reported about a form: at an input field, or about the form as a whole. */
export type FormProblem = {
  message: string;
  /** BAD_REQUEST, FORBIDDEN, NOT_FOUND, CONFLICT, …; NETWORK when the server was not reached. */
  classification: string;
  field?: string;
  /**
   * The API's `extensions.code` (its classification's general code when it sent none). Unset for a problem the
   * browser made itself, whose `message` is then already in the person's language.
   */
  code?: ErrorCodeText;
  /** Set for a problem the browser found itself (nothing was sent): its text is this key's. */
  key?: ProblemKey;
  /** Values for that key's text (`count` for `decimals`). */
  values?: Record<string, string>;
};

export type FormErrors = {
  /** By input field name as the API names it (`revenue`, `closedOn`, …). */
  fields: Partial<Record<string, FormProblem>>;
  /** What no field of the form shows: shown in the form's alert. */
  form: FormProblem[];
};

export const NO_FORM_ERRORS: FormErrors = { fields: {}, form: [] };

/**
 * Splits a mutation's error into problems at the form's fields (`extensions.field`) and the rest.
 * A field the form does not show (say, `salespersonId` when the person records their own deal)
 * goes to the form-level alert, so no problem is ever silently dropped.
 */
export function formErrorsOf(error: CombinedError | undefined, formFields: readonly string[]): FormErrors {
  if (!error) return NO_FORM_ERRORS;
  if (error.networkError) {
    return { fields: {}, form: [{ message: error.networkError.message, classification: 'NETWORK' }] };
  }
  const result: FormErrors = { fields: {}, form: [] };
  for (const graphQLError of error.graphQLErrors) {
    const extensions = graphQLError.extensions ?? {};
    const field = typeof extensions.field === 'string' ? extensions.field : undefined;
    const classification = typeof extensions.classification === 'string' ? extensions.classification : 'INTERNAL_ERROR';
    const code = errorCodeText(extensions.code, classification);
    const problem: FormProblem = { message: graphQLError.message, classification, field, code };
    if (field && formFields.includes(field)) {
      result.fields[field] ??= problem;
    } else {
      result.form.push(problem);
    }
  }
  return result;
}

export function hasFormErrors(errors: FormErrors): boolean {
  return errors.form.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * What a problem's text is in the person's language: a translation key with values, the text of the API's error
 * code (`errorCodes` in the locales), or the words of a problem the browser made (already translated).
 */
export type ProblemText =
  | { key: ProblemKey; values?: Record<string, string> }
  | { key: 'code'; values: { code: ErrorCodeText } }
  | { key: 'invalid'; values: { message: string } };

/**
 * The codes the API still uses for several causes (docs/api.md, "Not yet"), and two whose text names a number or
 * the field: for these the message's known shapes tell the finer cause, in the person's words. Every other code's
 * text is the code's own.
 */
const REFINED_BY_MESSAGE: ReadonlySet<ErrorCodeText> = new Set<ErrorCodeText>([
  'INVALID_INPUT',
  'INVALID_VALUE',
  'FORBIDDEN',
  'CONFLICT',
  'WRONG_CREDENTIALS',
  'TOO_MANY_FAILED_SIGN_INS',
]);

export type ProblemKey =
  | 'required'
  | 'negative'
  | 'decimals'
  | 'future'
  | 'positive'
  | 'whole'
  | 'ratio'
  | 'tooLarge'
  | 'tooLong'
  | 'notFound'
  | 'emailTaken'
  | 'nameTaken'
  | 'forbidden'
  | 'conflict'
  | 'unavailable'
  | 'network'
  | 'badFormat'
  | 'tooShort'
  | 'tooManyBytes'
  | 'samePassword'
  | 'wrongPassword'
  | 'throttled'
  | 'ownPassword'
  | 'repeatMismatch'
  | 'moneyFormat'
  | 'moneySeparator'
  | 'moneyGrouping'
  | 'moneyTooLarge'
  | 'olderMonth'
  | 'acquisition'
  | 'ownerOnly'
  | 'ownOnly'
  | 'closedMonth';

const PATTERNS: [RegExp, ProblemKey][] = [
  [/ is required$/, 'required'],
  [/ must not be negative$/, 'negative'],
  [/ must have at most (\d+) decimal places$/, 'decimals'],
  [/ must not be in the future/, 'future'],
  [/ must be greater than 0$/, 'positive'],
  [/ must be a whole number$/, 'whole'],
  [/ is a ratio: at most 1/, 'ratio'],
  [/ is too large$/, 'tooLarge'],
  [/ must be at most (\d+) characters$/, 'tooLong'],
  [/ must be at most (\d+(?:\.\d+)?)$/, 'moneyTooLarge'],
  [/ is before (\d{4}-\d{2}): records of older months are changed by an owner$/, 'olderMonth'],
  [/^This client's first deal was on (\d{4}-\d{2}-\d{2}) by someone else/, 'acquisition'],
  [/^Only an owner (gives|makes|leaves|moves) /, 'ownerOnly'],
  [/^An? (salesperson|marketer) records only their own /, 'ownOnly'],
  [/^(\d{4}-\d{2}) is closed: an owner reopens it/, 'closedMonth'],
  [/^Someone already signs in with /, 'emailTaken'],
  [/^A channel named /, 'nameTaken'],
  [/ must be (a|an) [^,]*(, not ".*")?$/, 'badFormat'],
  [/ must be at least (\d+) characters$/, 'tooShort'],
  [/ must be at most (\d+) bytes/, 'tooManyBytes'],
  [/ must differ from the current password$/, 'samePassword'],
  [/^The current password is wrong$/, 'wrongPassword'],
  [/^Too many failed sign-ins; try again in (\d+) minutes?$/, 'throttled'],
  [/^Change your own password with changePassword$/, 'ownPassword'],
];

/** Keys whose text carries the value the API's message names, and that value's name in the text. */
const CAPTURED: Partial<Record<ProblemKey, string>> = {
  decimals: 'count',
  tooLong: 'count',
  tooShort: 'count',
  tooManyBytes: 'count',
  throttled: 'count',
  moneyTooLarge: 'max',
  olderMonth: 'month',
  acquisition: 'date',
  closedMonth: 'month',
};

/**
 * A problem's text in the person's language, chosen by the API's error code (extensions.code): the code's own text,
 * refined by the message's known shapes for the few general codes; never the API's English message itself.
 */
export function problemText(problem: FormProblem): ProblemText {
  if (problem.key) return problem.values ? { key: problem.key, values: problem.values } : { key: problem.key };
  if (problem.classification === 'NETWORK') return { key: 'network' };
  // A problem the browser made has no code: its words are already the person's.
  const local = problem.code === undefined;
  const code = errorCodeText(problem.code, problem.classification);
  if (code === 'DATABASE_UNAVAILABLE') return { key: 'unavailable' };
  if (code === 'NOT_FOUND') return { key: 'notFound' };
  if (local || REFINED_BY_MESSAGE.has(code)) {
    for (const [pattern, key] of PATTERNS) {
      const match = pattern.exec(problem.message);
      if (!match) continue;
      const name = CAPTURED[key];
      return name ? { key, values: { [name]: match[1] } } : { key };
    }
  }
  if (local) return { key: 'invalid', values: { message: problem.message } };
  return { key: 'code', values: { code } };
}

/**
 * A decimal as the API wants it ("1234.50") from what a person typed: spaces (thousands
 * separators, also the narrow no-break space) go, a decimal comma becomes a point. Empty stays
 * null so the API reports the field as required. Everything else goes as typed for the API to judge.
 */
export function toDecimalInput(text: string): string | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return cleaned === '' ? null : cleaned;
}

/** "25" (per cent, as typed) → "0.25" for ratio targets; leaves what is not a number to the API. */
export function percentToRatio(text: string): string | null {
  const decimal = toDecimalInput(text);
  if (decimal == null) return null;
  const value = Number(decimal);
  if (!Number.isFinite(value)) return decimal;
  return String(Number((value / 100).toFixed(6)));
}

/** "0.2500" → "25" for editing a ratio target in per cent. */
export function ratioToPercent(ratio: string | null | undefined): string {
  if (ratio == null) return '';
  const value = Number(ratio);
  return Number.isFinite(value) ? String(Number((value * 100).toFixed(4))) : '';
}
