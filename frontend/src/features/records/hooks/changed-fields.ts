/** Field values as a form holds them, keyed by the API's input field names. */
export type FieldValues = Record<string, string | null>;

const DECIMAL = /^-?\d+(\.\d+)?$/;

function same(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  // "120000" and "120000.00" are the same amount.
  return a != null && b != null && DECIMAL.test(a) && DECIMAL.test(b) && Number(a) === Number(b);
}

/**
 * Only the fields whose value differs from the record's: an update changes only the fields it
 * gives, so sending unchanged ones could overwrite what someone else changed meanwhile.
 */
export function changedFields<T extends FieldValues>(before: T, after: T): Partial<T> {
  const result: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (!same(before[key], after[key])) result[key] = after[key];
  }
  return result;
}
