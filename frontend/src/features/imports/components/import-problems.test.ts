import { describe, expect, it } from 'vitest';

import { ImportRefused } from '../api/upload-import';
import { refusalText, rowProblemText } from './import-problems';

const row = (column: string | null, message: string) => ({ row: 1, column, message });

describe('row problems', () => {
  it('reads the import module’s own messages, with the value they name', () => {
    expect(rowProblemText(row('Бюджет', 'Бюджет is not a number: 12абв'))).toEqual({
      key: 'imports.rowProblem.notANumber',
      values: { value: '12абв' },
    });
    expect(
      rowProblemText(
        row('Дата создания', 'Дата создания is not a date and time (dd.MM.yyyy HH:mm:ss or ISO): 31.02.2026 10:00:00'),
      ),
    ).toEqual({
      key: 'imports.rowProblem.notADateTime',
      values: { value: '31.02.2026 10:00:00' },
    });
    expect(
      rowProblemText(
        row(
          'utm_source',
          'utm_source: no channel named "Радио" in Tandem (add it, or add the name as an alias of a channel)',
        ),
      ),
    ).toEqual({
      key: 'imports.rowProblem.unknownChannel',
      values: { name: 'Радио' },
    });
    expect(
      rowProblemText(
        row(
          'Себестоимость',
          'Себестоимость is empty and no costShare was sent: add the column or send costShare (e.g. 0.6)',
        ),
      ).key,
    ).toBe('imports.rowProblem.noCost');
  });

  it('reads a records rule after "column: " as the forms do, and keeps anything else in the API’s words', () => {
    expect(rowProblemText(row('Дата закрытия', 'Дата закрытия: closedOn must not be in the future'))).toEqual({
      key: 'forms.problem.future',
    });
    expect(rowProblemText(row('ID', 'Lead amocrm:5 was voided in Tandem; it is not imported again'))).toEqual({
      key: 'imports.message',
      values: { message: 'Lead amocrm:5 was voided in Tandem; it is not imported again' },
    });
  });
});

describe('refusals', () => {
  it('maps each code to its text and the numbers its message names', () => {
    const refused = (status: number, code: string, message: string) =>
      refusalText(new ImportRefused(status, status === 403 ? 'FORBIDDEN' : 'BAD_REQUEST', code, message));
    expect(
      refused(
        413,
        'TOO_LARGE',
        'The file has more than the limit of 100000 data rows (tandem.import.max-rows); split it',
      ),
    ).toEqual({
      key: 'imports.refusal.tooManyRows',
      values: { count: '100000' },
    });
    expect(
      refused(400, 'NOT_A_TABLE', 'This is an old Excel .xls file: save it as .xlsx or CSV and upload that').key,
    ).toBe('imports.refusal.oldExcel');
    expect(
      refused(400, 'NOT_A_TABLE', 'The file is not a table: upload a CSV (, ; or tab separated) or an .xlsx file').key,
    ).toBe('imports.refusal.notATable');
    expect(
      refused(
        403,
        'FORBIDDEN',
        'Only an owner imports files; a marketer imports Yandex Direct spend for their own channels',
      ).key,
    ).toBe('imports.refusal.forbidden');
    expect(refusalText(new ImportRefused(500, 'INTERNAL_ERROR', 'INTERNAL_ERROR', 'Internal error 42')).key).toBe(
      'imports.refusal.unexpected',
    );
  });
});
