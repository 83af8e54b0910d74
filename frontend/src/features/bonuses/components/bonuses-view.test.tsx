import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { GraphqlProvider } from '@/lib/graphql-provider';
import { mockApi, ok, type Reply } from '@/testing/mock-api';
import { renderWithCompany } from '@/testing/test-utils';

import { BonusesView } from './bonuses-view';

const HUNTER_SCHEME = {
  __typename: 'BonusScheme',
  id: 's1',
  position: 'HUNTER',
  targetBonus: '60000.00',
  sharedMetric: 'TURNOVER',
  gate: 0.7,
  cap: 1.5,
  version: 2,
  weights: [
    { __typename: 'BonusWeight', metric: 'TURNOVER', weight: 0.5 },
    { __typename: 'BonusWeight', metric: 'GROSS_MARGIN', weight: 0.3 },
    { __typename: 'BonusWeight', metric: 'NEW_CLIENTS', weight: 0.2 },
  ],
};

const person = (id: string, fullName: string, position: string) => ({ __typename: 'Employee', id, fullName, position });

function run(period: string, closed = false): Reply {
  return ok({
    bonusRun: {
      __typename: 'BonusRun',
      period,
      total: '51000.00',
      grossMargin: '400000.00',
      totalShareOfMargin: 0.1275,
      closed,
      bonuses: [
        {
          __typename: 'Bonus',
          employee: person('5', 'Anna "SMM", Petrova', 'MARKETER'),
          targetBonus: '40000.00',
          sharedCompletion: 0.85,
          personalScore: 0.6,
          payout: '20400.00',
          reason: null,
          closed,
        },
        {
          __typename: 'Bonus',
          employee: person('4', 'Olga Farmer', 'FARMER'),
          targetBonus: null,
          sharedCompletion: null,
          personalScore: null,
          payout: null,
          reason: 'NO_SCHEME',
          closed,
        },
        {
          __typename: 'Bonus',
          employee: person('3', 'Ivan Smirnov', 'HUNTER'),
          targetBonus: '60000.00',
          sharedCompletion: 0.85,
          personalScore: 0.6,
          payout: '30600.00',
          reason: null,
          closed,
        },
      ],
    },
  });
}

function renderView(period = '2026-11', currentPeriod = '2026-11') {
  return renderWithCompany(
    <MemoryRouter>
      <GraphqlProvider>
        <BonusesView period={period} currentPeriod={currentPeriod} />
      </GraphqlProvider>
    </MemoryRouter>,
  );
}

afterEach(() => vi.restoreAllMocks());

const hunterForm = () => screen.getByRole('form', { name: 'Hunter' });

describe('Bonus scheme editor', () => {
  it('shows the running sum of the weights, sends nothing until they make 100 %, then sends ratios with the version', async () => {
    let saved: object = HUNTER_SCHEME;
    const api = mockApi({
      BonusSchemes: () => ok({ bonusSchemes: [saved] }),
      BonusRun: ({ period }) => run(String(period)),
      SetBonusScheme: ({ input }) => {
        const { expectedVersion: _, weights, ...rest } = input as { expectedVersion: number; weights: object[] };
        saved = {
          ...HUNTER_SCHEME,
          ...rest,
          weights: weights.map((w) => ({ __typename: 'BonusWeight', ...w })),
          version: 3,
        };
        return ok({ setBonusScheme: saved });
      },
    });
    const user = userEvent.setup();
    renderView();

    const form = await waitFor(hunterForm);
    const f = within(form);
    expect((f.getByLabelText('Target bonus') as HTMLInputElement).value).toBe('60,000');
    expect((f.getByLabelText('Gate, % of the shared plan') as HTMLInputElement).value).toBe('70');
    expect(f.getByText('Sum: 100% of 100 %')).toBeTruthy();
    expect(f.getByTestId('scheme-example-HUNTER').textContent).toBe(
      'At 100 % of the plan and 100 % of the shared plan: ₽60,000.00; at the gate (70% of the shared plan): ₽42,000.00; below the gate: nothing; at most (everything at the cap): ₽135,000.00.',
    );

    await user.clear(f.getByLabelText('Turnover'));
    await user.type(f.getByLabelText('Turnover'), '40');
    expect(f.getByText('Sum: 90% of 100 %')).toBeTruthy();
    await user.click(f.getByRole('button', { name: 'Save scheme' }));
    expect(f.getByText('The weights must sum to 100 % (now 90%).')).toBeTruthy();
    expect(f.getByLabelText('Turnover').getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.some((call) => call.operationName === 'SetBonusScheme')).toBe(false);

    await user.clear(f.getByLabelText('New clients'));
    await user.type(f.getByLabelText('New clients'), '30');
    await user.clear(f.getByLabelText('Gate, % of the shared plan'));
    await user.type(f.getByLabelText('Gate, % of the shared plan'), '62.5');
    expect(f.getByText('Sum: 100% of 100 %')).toBeTruthy();
    await user.click(f.getByRole('button', { name: 'Save scheme' }));

    await waitFor(() => expect(api.calls.some((call) => call.operationName === 'SetBonusScheme')).toBe(true));
    const sent = api.calls.find((call) => call.operationName === 'SetBonusScheme')?.variables.input;
    expect(sent).toEqual({
      position: 'HUNTER',
      targetBonus: '60000',
      sharedMetric: 'TURNOVER',
      gate: 0.625,
      cap: 1.5,
      weights: [
        { metric: 'TURNOVER', weight: 0.4 },
        { metric: 'GROSS_MARGIN', weight: 0.3 },
        { metric: 'NEW_CLIENTS', weight: 0.3 },
      ],
      expectedVersion: 2,
    });
    // The refetched scheme (version 3) does not remount the form: the confirmation stays, the next save sends 3.
    await screen.findByText('Version 3');
    expect(f.getByText('Scheme saved')).toBeTruthy();
    await user.click(f.getByRole('button', { name: 'Save scheme' }));
    await waitFor(() =>
      expect(
        api.calls
          .filter((call) => call.operationName === 'SetBonusScheme')
          .map((call) => (call.variables.input as { expectedVersion: number }).expectedVersion),
      ).toEqual([2, 3]),
    );
  });

  it('shows the API’s field errors at their fields, and a conflict in the form’s alert', async () => {
    mockApi({
      BonusSchemes: () => ok({ bonusSchemes: [] }),
      BonusRun: ({ period }) => run(String(period)),
      SetBonusScheme: () => ({
        body: {
          data: null,
          errors: [
            { message: 'cap must be from 1 to 10', extensions: { classification: 'BAD_REQUEST', field: 'cap' } },
            {
              message: 'targetBonus must not be negative',
              extensions: { classification: 'BAD_REQUEST', field: 'targetBonus' },
            },
            {
              message: 'LEADS is not a KPI of HUNTER',
              extensions: { classification: 'BAD_REQUEST', code: 'INVALID_INPUT', field: 'weights' },
            },
            {
              message: 'Someone changed it',
              extensions: { classification: 'CONFLICT', code: 'VERSION_MISMATCH', field: 'expectedVersion' },
            },
          ],
        },
      }),
    });
    const user = userEvent.setup();
    renderView();

    const form = await waitFor(hunterForm);
    const f = within(form);
    expect(screen.getAllByText('No scheme yet')).toHaveLength(3);
    await user.type(f.getByLabelText('Target bonus'), '1000');
    await user.type(f.getByLabelText('Gate, % of the shared plan'), '70');
    await user.type(f.getByLabelText('Turnover'), '100');
    await user.click(f.getByRole('button', { name: 'Save scheme' }));

    const cap = f.getByLabelText('Cap, %');
    await waitFor(() => expect(cap.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (id: HTMLElement) =>
      (id.getAttribute('aria-describedby') ?? '').split(' ').map((ref) => document.getElementById(ref)?.textContent);
    // The API speaks in ratios (1 to 10); the form in per cent.
    expect(describedBy(cap)).toContain('The cap is from 100 % to 1000 %.');
    expect(describedBy(f.getByLabelText('Target bonus'))).toContain('Must not be negative');
    // A cause the app has no finer words for: the text of its code, at its field.
    expect(f.getByText('Check this value.')).toBeTruthy();
    expect(f.queryByText('LEADS is not a KPI of HUNTER')).toBeNull();
    expect(
      f
        .getAllByRole('alert')
        .map((alert) => alert.textContent)
        .join(' '),
    ).toMatch(/changed/i);
  });
});

describe('Bonus run', () => {
  it('lists each person with a payout or the reason in words, the total and its share of gross margin', async () => {
    mockApi({ BonusSchemes: () => ok({ bonusSchemes: [] }), BonusRun: ({ period }) => run(String(period)) });
    renderView();

    const table = await screen.findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'PersonPositionPayout',
      'Anna "SMM", PetrovaMarketer₽20,400.00',
      'Olga FarmerFarmerNo scheme for the position',
      'Ivan SmirnovHunter₽30,600.00',
      'Total₽51,000.00',
    ]);
    expect(screen.getByTestId('run-share').textContent).toBe('12.8%');
    // The current month is not over: it cannot be closed yet.
    expect(screen.queryByRole('button', { name: 'Close month' })).toBeNull();
    expect(screen.getByTestId('run-state').textContent).toContain('once it is over');
  });

  it('closes a month that is over only after asking, then shows it closed', async () => {
    let closed = false;
    const api = mockApi({
      BonusSchemes: () => ok({ bonusSchemes: [] }),
      BonusRun: ({ period }) => run(String(period), closed),
      CloseBonusPeriod: ({ period }) => {
        closed = true;
        return ok({
          closeBonusPeriod: {
            __typename: 'BonusRun',
            period,
            total: '51000.00',
            grossMargin: '400000.00',
            totalShareOfMargin: 0.1275,
            closed: true,
          },
        });
      },
    });
    const user = userEvent.setup();
    renderView('2026-10', '2026-11');

    await user.click(await screen.findByRole('button', { name: 'Close month' }));
    expect(screen.getByText(/Close October 2026\? The payouts are then frozen/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.calls.some((call) => call.operationName === 'CloseBonusPeriod')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Close month' }));
    await user.click(screen.getByRole('button', { name: 'Yes, close the month' }));
    await waitFor(() => expect(screen.getByTestId('run-state').textContent).toBe('Closed: the payouts are final.'));
    expect(api.calls.find((call) => call.operationName === 'CloseBonusPeriod')?.variables).toEqual({
      period: '2026-10',
    });
    expect(screen.queryByRole('button', { name: 'Close month' })).toBeNull();
  });

  it('downloads the run as tandem-bonuses-YYYY-MM.csv with proper quoting', async () => {
    mockApi({ BonusSchemes: () => ok({ bonusSchemes: [] }), BonusRun: ({ period }) => run(String(period)) });
    let blob: Blob | undefined;
    let filename = '';
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:csv';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      filename = this.download;
    });
    const user = userEvent.setup();
    renderView();

    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    expect(filename).toBe('tandem-bonuses-2026-11.csv');
    const text = (await blob!.text()).replace(/^\ufeff/, '');
    expect(text.split('\r\n')[1]).toBe('"Anna ""SMM"", Petrova",Marketer,20400.00,,40000.00,0.85,0.6,open');
    const parsed = Papa.parse<string[]>(text.trim()).data;
    expect(parsed[0]).toEqual([
      'Person',
      'Position',
      'Payout',
      'Why no payout',
      'Target bonus',
      'Shared plan completion',
      'Personal score',
      'Status',
    ]);
    expect(parsed[2]).toEqual(['Olga Farmer', 'Farmer', '', 'No scheme for the position', '', '', '', 'open']);
    expect(parsed[4]).toEqual(['Total', '', '51000.00', '', '', '', '', '']);
  });
});

describe('the history of the schemes', () => {
  it('says who changed which field of which position, from what to what, in the owner’s terms', async () => {
    mockApi({
      BonusRun: ({ period }) => run(String(period)),
      BonusSchemes: () => ok({ bonusSchemes: [HUNTER_SCHEME] }),
      BonusSchemeHistory: () =>
        ok({
          bonusSchemeHistory: [
            {
              __typename: 'BonusSchemeChange',
              id: '2',
              position: 'HUNTER',
              field: 'gate',
              oldValue: '0.4',
              newValue: '0.7',
              changedAt: '2026-11-14T09:00:00Z',
              changedBy: person('1', 'Olga Owner', null as unknown as string),
            },
            {
              __typename: 'BonusSchemeChange',
              id: '1',
              position: 'HUNTER',
              field: 'weights',
              oldValue: null,
              newValue: 'GROSS_MARGIN=0.5, TURNOVER=0.5',
              changedAt: '2026-11-13T09:00:00Z',
              changedBy: person('1', 'Olga Owner', null as unknown as string),
            },
          ],
        }),
    });
    renderView();
    const history = await screen.findByRole('list', { name: 'Changes to the schemes' });
    const items = within(history).getAllByRole('listitem');
    expect(items[0].textContent).toContain('Olga Owner');
    expect(items[0].textContent?.replace(/\s+/g, ' ')).toContain('Hunter — gate: 40% → 70%');
    expect(items[1].textContent?.replace(/\s+/g, ' ')).toContain(
      'Hunter — weights: — → Gross margin 50%, Turnover 50%',
    );
  });
});
