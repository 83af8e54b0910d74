/**
 * Reads a money amount typed by a person: spaces (also the non-breaking ones Intl writes) are
 * dropped and a decimal comma is accepted. Returns the API's decimal string ("1500000.5"), or null
 * unless it is a positive amount with at most two decimals.
 */
export function parseAmount(input: string): string | null {
  const text = input.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  return Number(text) > 0 ? text.replace(/^0+(?=\d)/, '') : null;
}
