/**
 * Per cent as typed ("70", "70,5", "70.25") to hundredths of a per cent as a whole number, so sums
 * of weights are exact (33.33 + 33.33 + 33.34 is 10000, not 99.99999). Null when it is not a number.
 */
export function percentToBasisPoints(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  if (cleaned === '' || !/^\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

/** Hundredths of a per cent → the API's ratio (7000 → 0.7); four places at most, as the API allows. */
export function basisPointsToRatio(points: number): number {
  return Number((points / 10000).toFixed(4));
}

/** The API's ratio → per cent for editing (0.7 → "70", 0.3333 → "33.33"); the language's decimal mark. */
export function ratioToPercentText(ratio: number | null | undefined, language: string): string {
  if (ratio == null) return '';
  const text = String(Number((ratio * 100).toFixed(2)));
  return language.startsWith('ru') ? text.replace('.', ',') : text;
}
