import Papa from 'papaparse';

import type { Period } from '@/lib/period';

/** `tandem-bonuses-2026-11.csv` */
export function bonusCsvFilename(period: Period): string {
  return `tandem-bonuses-${period}.csv`;
}

/**
 * The run as CSV: papaparse quotes what needs quoting (commas, quotes, line breaks in names) and
 * neutralises cells a spreadsheet would run as a formula. Amounts stay the API's exact decimals.
 */
export function bonusCsv(header: string[], rows: (string | number | null)[][]): string {
  return Papa.unparse(
    { fields: header, data: rows.map((row) => row.map((cell) => cell ?? '')) },
    { escapeFormulae: true },
  );
}

/** Hands the text to the browser as a download; a byte-order mark lets spreadsheets read it as UTF-8. */
export function downloadCsv(filename: string, text: string) {
  const blob = new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
