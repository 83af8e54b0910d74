import { problemText } from '@/lib/form-errors';

import type { ImportRefused, ImportReport } from '../api/upload-import';

/** A translation key with its values; `imports.message` keeps the API's own words. */
export type ImportText = { key: string; values?: Record<string, string> };

type RowError = ImportReport['errors'][number];

/** The import module's row messages (backend app/tandem/imports), each to its text. */
const ROW_PATTERNS: [RegExp, string, string[]][] = [
  [/: no employee named "(.*)" in Tandem$/, 'unknownPerson', ['name']],
  [/: no channel named "(.*)" in Tandem/, 'unknownChannel', ['name']],
  [/: channel "(.*)" has no marketer/, 'channelWithoutMarketer', ['name']],
  [/: channel "(.*)" is archived$/, 'archivedChannel', ['name']],
  [/: (.*) is deactivated$/, 'deactivated', ['name']],
  [/ is not a date and time \(.*?\): (.*)$/, 'notADateTime', ['value']],
  [/ is not a date \(.*?\): (.*)$/, 'notADate', ['value']],
  [/ is not a number: (.*)$/, 'notANumber', ['value']],
  [/ has more than 2 decimal places: (.*)$/, 'decimals', ['value']],
  [/ is empty and no costShare was sent/, 'noCost', []],
  [/^No channel: /, 'noChannel', []],
  [/^Row (\d+) has the same /, 'duplicateRow', ['row']],
  [/ is empty$/, 'empty', []],
];

/**
 * A row error in the person's language: the import's own messages by pattern, a records rule
 * ("column: must not be in the future") through the forms' patterns, anything else in the API's words.
 */
export function rowProblemText(error: RowError): ImportText {
  for (const [pattern, key, names] of ROW_PATTERNS) {
    const match = pattern.exec(error.message);
    if (match)
      return { key: `imports.rowProblem.${key}`, values: Object.fromEntries(names.map((n, i) => [n, match[i + 1]])) };
  }
  const prefix = error.column ? `${error.column}: ` : '';
  if (prefix && error.message.startsWith(prefix)) {
    const text = problemText({ message: error.message.slice(prefix.length), classification: 'BAD_REQUEST' });
    if (text.key !== 'invalid' && text.key !== 'code') return { key: `forms.problem.${text.key}`, values: text.values };
  }
  return { key: 'imports.message', values: { message: error.message } };
}

/** Why a whole file was refused (its code, and for some the numbers the message names). */
export function refusalText(refusal: ImportRefused): ImportText {
  const { code, message } = refusal;
  const match = (pattern: RegExp) => pattern.exec(message);
  switch (code) {
    case 'FORBIDDEN': {
      const channel = match(/^Row (\d+): campaign "(.*)" is channel "(.*)", which is not yours/);
      return channel
        ? {
            key: 'imports.refusal.notYourChannel',
            values: { row: channel[1], campaign: channel[2], channel: channel[3] },
          }
        : { key: 'imports.refusal.forbidden' };
    }
    case 'MISSING_COLUMNS': {
      const columns = match(/^No header row with the columns (.*) in the first/);
      return { key: 'imports.refusal.missingColumns', values: { columns: columns?.[1] ?? '' } };
    }
    case 'TOO_LARGE': {
      const rows = match(/more than the limit of (\d+) data rows/);
      if (rows) return { key: 'imports.refusal.tooManyRows', values: { count: rows[1] } };
      const bytes = match(/larger than the limit of (\d+) bytes/);
      return { key: 'imports.refusal.tooLarge', values: { size: bytes ? megabytes(bytes[1]) : '' } };
    }
    case 'NOT_A_TABLE':
      if (/\.xls\b/.test(message)) return { key: 'imports.refusal.oldExcel' };
      if (/header row but no data rows/.test(message)) return { key: 'imports.refusal.noDataRows' };
      return { key: 'imports.refusal.notATable' };
    case 'BAD_COST_SHARE':
    case 'UNKNOWN_SOURCE':
    case 'UNAUTHORIZED':
    case 'NETWORK':
    case 'UNAVAILABLE':
      return { key: `imports.refusal.${code}` };
    default:
      return refusal.status >= 500
        ? { key: 'imports.refusal.unexpected' }
        : { key: 'imports.message', values: { message } };
  }
}

function megabytes(bytes: string): string {
  const value = Number(bytes) / (1024 * 1024);
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : bytes;
}
