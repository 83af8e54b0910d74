import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { onUnauthorized } from '@/lib/graphql-client';
import { GraphqlProvider } from '@/lib/graphql-provider';
import { i18n } from '@/lib/i18n';
import { mockApi, ok, type Reply } from '@/testing/mock-api';
import { renderWithCompany } from '@/testing/test-utils';

import { IMPORT_SOURCES, type ImportReport, type ImportSource } from '../api/upload-import';
import { ImportsView } from './imports-view';

/** Stands in for XMLHttpRequest: records what was sent; a test answers it (or reports upload progress). */
class FakeUpload {
  static sent: FakeUpload[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  responseType = '';
  withCredentials = false;
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeUpload.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  field(name: string) {
    return this.body?.get(name);
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent));
  }
  answer(status: number, json: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(json);
    act(() => this.onload?.());
  }
}

const last = () => FakeUpload.sent[FakeUpload.sent.length - 1];

function report(overrides: Partial<ImportReport>): ImportReport {
  return {
    batchId: null,
    dryRun: true,
    source: 'amocrm-leads',
    rows: 6,
    created: 6,
    updated: 0,
    unchanged: 0,
    failed: 0,
    errors: [],
    format: 'CSV',
    encoding: 'UTF-8',
    delimiter: ';',
    columns: [
      { header: 'ID', field: 'ID' },
      { header: 'Ответственный', field: 'Ответственный' },
    ],
    ...overrides,
  };
}

const batch = (id: string, revertedAt: string | null = null) => ({
  __typename: 'ImportBatch',
  id,
  source: 'amocrm-leads',
  fileName: 'amocrm-leads.csv',
  createdAt: '2026-11-15T09:30:00Z',
  createdBy: { __typename: 'Employee', id: '1', fullName: 'Olga Owner' },
  rows: 6,
  created: 6,
  updated: 0,
  unchanged: 0,
  failed: 0,
  revertedAt,
});

const batches = (...nodes: object[]): Reply =>
  ok({
    importBatches: {
      __typename: 'ImportBatchConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'ImportBatchEdge', node })),
    },
  });

function renderView(sources: readonly ImportSource[] = IMPORT_SOURCES, showBatches = true) {
  return renderWithCompany(
    <MemoryRouter>
      <GraphqlProvider>
        <ImportsView sources={sources} showBatches={showBatches} />
      </GraphqlProvider>
    </MemoryRouter>,
  );
}

const csv = (name = 'amocrm-leads.csv') => new File(['ID;Ответственный\n1;Ivan'], name, { type: 'text/csv' });

beforeEach(() => {
  FakeUpload.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeUpload);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Import screen', () => {
  it('checks a file first (dry run), shows the counts and how it was read, then imports the same file and lists the batch', async () => {
    let listed: object[] = [];
    const api = mockApi({ ImportBatches: () => batches(...listed) });
    const user = userEvent.setup();
    renderView();

    const sources = screen.getByRole('group', { name: 'Source' });
    expect(within(sources).getAllByRole('radio')).toHaveLength(6);
    expect(screen.getByRole('radio', { name: /amoCRM leads/ })).toHaveProperty('checked', true);
    expect(screen.getByText(/A Direct report with Date, Campaign and Cost/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import' })).toHaveProperty('disabled', true);
    expect(await screen.findByText('No imports yet')).toBeTruthy();

    await user.upload(screen.getByLabelText('File'), csv());
    await user.type(screen.getByLabelText('Cost, % of revenue'), '60');
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    const check = last();
    expect(check.method).toBe('POST');
    expect(check.url).toBe('/api/imports');
    expect(check.headers['X-Tandem-Client']).toBe('web');
    expect(check.field('source')).toBe('amocrm-leads');
    expect(check.field('dryRun')).toBe('true');
    expect(check.field('costShare')).toBe('0.6');
    expect(check.field('skipInvalidRows')).toBeNull();
    expect((check.field('file') as File).name).toBe('amocrm-leads.csv');
    expect(screen.getByText('Checking the file…', { selector: '.import-busy span' })).toBeTruthy();

    check.answer(200, report({}));
    const result = await screen.findByTestId('import-report');
    expect(within(result).getByRole('heading', { name: 'Check: nothing written yet' })).toBeTruthy();
    const stat = (label: string) => within(result).getByText(label).nextElementSibling?.textContent;
    expect(stat('Rows')).toBe('6');
    expect(stat('New')).toBe('6');
    expect(stat('With errors')).toBe('0');
    expect(within(result).getByText(/CSV, UTF-8, separated by semicolons/)).toBeTruthy();
    expect(within(result).getByText('Columns read: 2')).toBeTruthy();
    // Announced once, in short; the report itself is read at the person's pace.
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      'Check: nothing written yet. 6: 6 new, 0 updated, 0 unchanged, 0 with errors',
    );

    listed = [batch('12')];
    const apply = screen.getByRole('button', { name: 'Import' });
    expect(apply).toHaveProperty('disabled', false);
    await user.click(apply);
    expect(last().field('dryRun')).toBe('false');
    expect(last().field('costShare')).toBe('0.6');
    last().answer(200, report({ dryRun: false, batchId: '12' }));

    expect(await screen.findByRole('heading', { name: 'Imported: batch 12' })).toBeTruthy();
    expect(await screen.findByTestId('import-batch-12')).toBeTruthy();
    expect(api.calls.filter((call) => call.operationName === 'ImportBatches').length).toBeGreaterThanOrEqual(2);
  });

  it('lists bad rows at their row and column, translated, and imports nothing until they are skipped', async () => {
    mockApi({ ImportBatches: () => batches() });
    const user = userEvent.setup();
    await i18n.changeLanguage('ru');
    renderView();

    await user.upload(screen.getByLabelText('Файл'), csv());
    await user.click(screen.getByRole('button', { name: 'Проверить файл' }));
    last().answer(
      200,
      report({
        created: 0,
        failed: 2,
        errors: [
          { row: 2, column: 'Ответственный', message: 'Ответственный: no employee named "Пётр Незнакомов" in Tandem' },
          { row: 3, column: 'Дата закрытия', message: 'Дата закрытия: closedOn must not be in the future' },
        ],
      }),
    );

    const table = await screen.findByRole('table', { name: 'Строки с ошибками' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['2', 'Ответственный', 'В Tandem нет сотрудника «Пётр Незнакомов»'],
      ['3', 'Дата закрытия', 'Не может быть в будущем'],
    ]);
    expect(
      screen.getByText(/Пока в строках есть ошибки, импортировать нельзя/, { selector: 'p:not(.visually-hidden)' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Импортировать' })).toHaveProperty('disabled', true);

    // Another option means another check: the old answer goes, Import waits for the new one.
    await user.click(screen.getByLabelText('Пропускать строки с ошибками'));
    expect(screen.queryByTestId('import-report')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Проверить файл' }));
    expect(last().field('skipInvalidRows')).toBe('true');
    last().answer(200, report({ created: 4, failed: 2, errors: [{ row: 2, column: 'ID', message: 'ID is empty' }] }));
    expect(await screen.findByText(/Готово: импорт запишет верные строки/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Импортировать' })).toHaveProperty('disabled', false);
  });

  it('shows the upload progress from the browser and the time it has been running, then an indeterminate wait', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mockApi({ ImportBatches: () => batches() });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderView();

    await user.upload(screen.getByLabelText('File'), csv());
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    last().progress(512 * 1024, 2 * 1024 * 1024);
    const bar = screen.getByRole('progressbar', { name: 'Sending the file' });
    expect(bar.getAttribute('value')).toBe(String(512 * 1024));
    expect(screen.getByText('Sending the file: 25 % of 2 MB')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check file' })).toHaveProperty('disabled', true);

    last().progress(2 * 1024 * 1024, 2 * 1024 * 1024);
    await act(async () => {
      vi.advanceTimersByTime(3000);
    });
    expect(screen.getByText('3 s')).toBeTruthy();
    const waiting = screen.getByRole('progressbar', { name: /Tandem is reading the rows/ });
    expect(waiting.hasAttribute('value')).toBe(false);

    last().answer(200, report({}));
    expect(await screen.findByTestId('import-report')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('a marketer sees only the Direct spend upload, and a refusal for a colleague’s channel in their language', async () => {
    const api = mockApi({});
    const user = userEvent.setup();
    await i18n.changeLanguage('ru');
    renderView(['yandex-direct'], false);

    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByText('Расходы Яндекс Директа')).toBeTruthy();
    expect(screen.queryByLabelText('Себестоимость, % выручки')).toBeNull();
    expect(screen.queryByRole('link', { name: /Шаблон/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Выполненные импорты' })).toBeNull();

    await user.upload(screen.getByLabelText('Файл'), csv('direct.tsv'));
    await user.click(screen.getByRole('button', { name: 'Проверить файл' }));
    expect(last().field('source')).toBe('yandex-direct');
    last().answer(403, {
      errors: [
        {
          message: 'Row 2: campaign "vk" is channel "SMM", which is not yours; only an owner imports spend for it',
          extensions: { classification: 'FORBIDDEN', code: 'FORBIDDEN' },
        },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Файл не прочитан');
    expect(alert.textContent).toContain('Строка 2: кампания «vk» — это канал «SMM», он не ваш.');
    expect(api.calls).toHaveLength(0);
  });

  it('names a file without the preset’s header and a refusal over the size limit', async () => {
    mockApi({ ImportBatches: () => batches() });
    const user = userEvent.setup();
    renderView();

    await user.click(screen.getByRole('button', { name: 'Check file' }));
    expect(FakeUpload.sent).toHaveLength(0);
    expect(screen.getByLabelText('File').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Choose a file first.')).toBeTruthy();

    await user.upload(screen.getByLabelText('File'), csv());
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    last().answer(400, {
      errors: [
        {
          message:
            'No header row with the columns ID, Дата создания, Ответственный, Статус сделки in the first 10 rows: is this the right source, and the export with its header row?',
          extensions: { classification: 'BAD_REQUEST', code: 'MISSING_COLUMNS' },
        },
      ],
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'No header row with the columns ID, Дата создания, Ответственный, Статус сделки in the first 10 rows.',
    );

    await user.click(screen.getByRole('button', { name: 'Check file' }));
    last().answer(413, {
      errors: [
        {
          message: 'The file is larger than the limit of 20971520 bytes (tandem.import.max-bytes); split it',
          extensions: { classification: 'BAD_REQUEST', code: 'TOO_LARGE' },
        },
      ],
    });
    expect((await screen.findByRole('alert')).textContent).toContain('larger than the limit of 20 MB');
  });

  it('an upload refused for an ended session tells the app, as a GraphQL call would', async () => {
    mockApi({ ImportBatches: () => batches() });
    const heard: (number | undefined)[] = [];
    const stop = onUnauthorized(({ httpStatus }) => heard.push(httpStatus));
    const user = userEvent.setup();
    renderView();
    await user.upload(screen.getByLabelText('File'), csv());
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    last().answer(401, {
      errors: [{ message: 'Sign in first', extensions: { classification: 'UNAUTHORIZED', code: 'UNAUTHORIZED' } }],
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Your session has ended. Sign in again.');
    expect(heard).toEqual([401]);
    stop();
  });

  it('offers the three Tandem templates as downloads', () => {
    mockApi({ ImportBatches: () => batches() });
    renderView();
    const links = screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Leads template (CSV)', '/api/imports/templates/tandem-leads.csv'],
      ['Deals template (CSV)', '/api/imports/templates/tandem-deals.csv'],
      ['Spend template (CSV)', '/api/imports/templates/tandem-spend.csv'],
    ]);
  });
});

describe('Applied imports', () => {
  it('reverts a batch after a confirm step; CONFLICT and a second revert are said in words', async () => {
    let reverted: string | null = null;
    let answer: 'conflict' | 'twice' | 'ok' = 'conflict';
    const api = mockApi({
      ImportBatches: () => batches(batch('12', reverted), batch('11', '2026-11-14T10:00:00Z')),
      RevertImport: ({ id }) => {
        if (answer === 'conflict') {
          return {
            body: {
              data: null,
              errors: [
                {
                  message:
                    'Lead 7 (file row 2) has changed since this import; correct it by hand, or undo that later change first',
                  extensions: { classification: 'CONFLICT', field: 'id' },
                },
              ],
            },
          };
        }
        if (answer === 'twice') {
          return {
            body: {
              data: null,
              errors: [
                {
                  message: 'This import was reverted already, at 2026-11-15T10:00:00Z',
                  extensions: { classification: 'BAD_REQUEST', field: 'id' },
                },
              ],
            },
          };
        }
        reverted = '2026-11-15T10:05:00Z';
        return ok({ revertImport: { ...batch(String(id), reverted) } });
      },
    });
    const user = userEvent.setup();
    renderView();

    const row = await screen.findByTestId('import-batch-12');
    expect(within(row).getByText('Olga Owner')).toBeTruthy();
    expect(within(row).getByText('6: 6 new, 0 updated, 0 unchanged, 0 with errors')).toBeTruthy();
    expect(within(row).getByText('Applied')).toBeTruthy();
    const older = screen.getByTestId('import-batch-11');
    expect(within(older).getByText(/^Reverted /)).toBeTruthy();
    expect(within(older).queryByRole('button')).toBeNull();
    expect(await screen.findByText('Imports: 2')).toBeTruthy();

    await user.click(within(row).getByRole('button', { name: 'Revert import 12 (amocrm-leads.csv)' }));
    // The confirm step opens under its batch, across the table, with the focus on its button.
    const confirm = () => within(screen.getByTestId('import-batch-12-confirm'));
    expect(confirm().getByRole('group', { name: 'Revert import 12 (amocrm-leads.csv)' })).toBeTruthy();
    expect(confirm().getByText(/Revert import 12\? What it created is voided/)).toBeTruthy();
    expect(document.activeElement).toBe(confirm().getByRole('button', { name: 'Yes, revert' }));
    await user.click(confirm().getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('import-batch-12-confirm')).toBeNull();
    expect(api.calls.some((call) => call.operationName === 'RevertImport')).toBe(false);
    expect(document.activeElement).toBe(within(row).getByRole('button', { name: /Revert import 12/ }));

    await user.click(within(row).getByRole('button', { name: /Revert import 12/ }));
    await user.click(confirm().getByRole('button', { name: 'Yes, revert' }));
    expect(await confirm().findByText(/Records from this import have changed since/)).toBeTruthy();
    expect(api.calls.find((call) => call.operationName === 'RevertImport')?.variables).toEqual({ id: '12' });

    answer = 'twice';
    await user.click(confirm().getByRole('button', { name: 'Yes, revert' }));
    expect(await confirm().findByText('This import was reverted already.')).toBeTruthy();

    answer = 'ok';
    await user.click(confirm().getByRole('button', { name: 'Yes, revert' }));
    await waitFor(() => expect(within(screen.getByTestId('import-batch-12')).getByText(/^Reverted /)).toBeTruthy());
    expect(within(screen.getByTestId('import-batch-12')).queryByRole('button')).toBeNull();
    expect(screen.queryByTestId('import-batch-12-confirm')).toBeNull();
    const done = screen.getByText('Import 12 reverted.');
    expect(done.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(done);
  });
  it('maps the columns a refused file names differently, saves the mapping and checks the file again', async () => {
    const amo = {
      __typename: 'ImportMapping',
      source: 'amocrm-leads',
      changedAt: null,
      changedBy: null,
      columns: [
        { __typename: 'ImportMappingColumn', field: 'ID', required: true, builtInHeaders: ['ID'], header: null },
        {
          __typename: 'ImportMappingColumn',
          field: 'Ответственный',
          required: true,
          builtInHeaders: ['Ответственный'],
          header: null,
        },
        {
          __typename: 'ImportMappingColumn',
          field: 'Статус сделки',
          required: true,
          builtInHeaders: ['Статус сделки', 'Этап сделки'],
          header: null,
        },
        {
          __typename: 'ImportMappingColumn',
          field: 'Бюджет',
          required: false,
          builtInHeaders: ['Бюджет'],
          header: 'Сумма',
        },
      ],
    };
    let saves = 0;
    const api = mockApi({
      ImportBatches: () => batches(),
      ImportMapping: () => ok({ importMapping: amo }),
      SetImportMapping: (variables) => {
        saves += 1;
        if (saves === 1) {
          return {
            body: {
              data: null,
              errors: [
                {
                  message: '"Менеджер" is already the header of Ответственный: one header means one field',
                  extensions: { classification: 'BAD_REQUEST', field: 'columns[2].header' },
                },
              ],
            },
          };
        }
        const input = variables.input as { columns: { field: string; header: string | null }[] };
        return ok({
          setImportMapping: {
            ...amo,
            changedAt: '2026-11-15T09:30:00Z',
            changedBy: { __typename: 'Employee', id: '1', fullName: 'Olga Owner' },
            columns: amo.columns.map((c) => ({
              ...c,
              header: input.columns.find((l) => l.field === c.field)?.header ?? null,
            })),
          },
        });
      },
    });
    const user = userEvent.setup();
    renderView();

    await user.upload(screen.getByLabelText('File'), csv());
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    last().answer(400, {
      errors: [
        {
          message:
            'No header row with the columns ID, Ответственный, Статус сделки in the first 10 rows: is this the right source?',
          extensions: {
            classification: 'BAD_REQUEST',
            code: 'MISSING_COLUMNS',
            headers: ['ID', 'Менеджер', 'Статус'],
            missing: ['Ответственный', 'Статус сделки'],
          },
        },
      ],
    });

    expect(await screen.findByRole('alert')).toBeTruthy();
    const form = await screen.findByRole('form', { name: 'Column mapping: amoCRM leads' });
    const manager = within(form).getByLabelText(/^Ответственный/) as HTMLSelectElement;
    expect(
      within(manager)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Automatic', 'ID', 'Менеджер', 'Статус']);
    expect(manager.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getAllByText('Not found in the file: pick the header that means it.')).toHaveLength(2);
    // the saved header stays offered even though this file lacks it
    const budget = within(form).getByLabelText('Бюджет') as HTMLSelectElement;
    expect(budget.value).toBe('Сумма');
    expect(within(form).getByText('Tandem knows it as: Статус сделки, Этап сделки')).toBeTruthy();

    await user.selectOptions(manager, 'Менеджер');
    await user.selectOptions(within(form).getByLabelText(/^Статус сделки/), 'Менеджер');
    await user.click(within(form).getByRole('button', { name: 'Save mapping and check again' }));
    // refused at its field: said under that select, nothing re-checked
    const status = within(form).getByLabelText(/^Статус сделки/);
    await waitFor(() => expect(status.getAttribute('aria-invalid')).toBe('true'));
    expect(FakeUpload.sent).toHaveLength(1);

    await user.selectOptions(status, 'Статус');
    await user.click(within(form).getByRole('button', { name: 'Save mapping and check again' }));
    await waitFor(() => expect(FakeUpload.sent).toHaveLength(2));
    const sent = api.calls.filter((call) => call.operationName === 'SetImportMapping').at(-1)?.variables;
    expect(sent).toEqual({
      input: {
        source: 'amocrm-leads',
        columns: [
          { field: 'ID', header: null },
          { field: 'Ответственный', header: 'Менеджер' },
          { field: 'Статус сделки', header: 'Статус' },
          { field: 'Бюджет', header: 'Сумма' },
        ],
      },
    });
    expect(last().field('dryRun')).toBe('true');
    last().answer(
      200,
      report({
        columns: [
          { header: 'ID', field: 'ID' },
          { header: 'Менеджер', field: 'Ответственный' },
          { header: 'Статус', field: 'Статус сделки' },
        ],
        headers: ['ID', 'Менеджер', 'Статус'],
      }),
    );
    expect(await screen.findByTestId('import-report')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    // still at hand after a good check, folded away
    const disclosure = screen.getByText('Column mapping', { selector: 'summary' }).closest('details');
    expect(disclosure?.open).toBe(false);
    expect(within(disclosure as HTMLElement).getByRole('form', { name: 'Column mapping: amoCRM leads' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import' })).toHaveProperty('disabled', false);
  });

  it('says the mapping in Russian', async () => {
    mockApi({
      ImportBatches: () => batches(),
      ImportMapping: () =>
        ok({
          importMapping: {
            __typename: 'ImportMapping',
            source: 'yandex-direct',
            changedAt: '2026-11-15T09:30:00Z',
            changedBy: { __typename: 'Employee', id: '2', fullName: 'Anna Marketer' },
            columns: [
              {
                __typename: 'ImportMappingColumn',
                field: 'Cost',
                required: true,
                builtInHeaders: ['Cost', 'Расход'],
                header: 'Spend',
              },
            ],
          },
        }),
    });
    const user = userEvent.setup();
    await i18n.changeLanguage('ru');
    renderView(['yandex-direct'], false);
    await user.upload(screen.getByLabelText('Файл'), csv('direct.tsv'));
    await user.click(screen.getByRole('button', { name: 'Проверить файл' }));
    last().answer(400, {
      errors: [
        {
          message: 'No header row with the columns Date, CampaignName, Cost in the first 10 rows',
          extensions: {
            classification: 'BAD_REQUEST',
            code: 'MISSING_COLUMNS',
            headers: ['Day', 'Campaign', 'Spend'],
            missing: ['Date'],
          },
        },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Сопоставление столбцов: Расходы Яндекс Директа' });
    expect((within(form).getByLabelText(/^Cost/) as HTMLSelectElement).value).toBe('Spend');
    expect(within(form).getByText('Tandem знает его как: Cost, Расход')).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'Сохранить и проверить снова' })).toBeTruthy();
    expect(within(form).getByText(/^Изменено .*, Anna Marketer$/)).toBeTruthy();
  });
});
