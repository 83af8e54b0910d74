import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';
import { GraphqlProvider } from '@/lib/graphql-provider';
import { mockApi, ok, type Reply } from '@/testing/mock-api';
import { renderWithCompany } from '@/testing/test-utils';

import { PlansView } from './plans-view';

const hunter = {
  __typename: 'Employee',
  id: '3',
  fullName: 'Ivan Smirnov',
  role: 'EMPLOYEE',
  position: 'HUNTER',
  active: true,
};

type MonthData = {
  goal: { turnoverTarget: string; grossMarginTarget: string; version: number } | null;
  turnover?: string;
  planVersion?: number;
};

const MONTHS: Record<string, MonthData> = {
  '2026-10': {
    goal: { turnoverTarget: '8000000.00', grossMarginTarget: '2400000.00', version: 3 },
    turnover: '2000000.00',
    planVersion: 1,
  },
  '2026-11': {
    goal: { turnoverTarget: '9000000.00', grossMarginTarget: '2700000.00', version: 7 },
    turnover: '2500000.00',
    planVersion: 4,
  },
  '2026-12': { goal: null },
};

function plansMonth(period: string): Reply {
  const month = MONTHS[period];
  return ok({
    sharedGoal: month.goal && { __typename: 'SharedGoal', period, ...month.goal },
    personalPlans: month.turnover
      ? [
          {
            __typename: 'PersonalPlan',
            id: `${period}-t`,
            metric: 'TURNOVER',
            target: month.turnover,
            version: month.planVersion,
            employee: { __typename: 'Employee', id: '3' },
          },
        ]
      : [],
    employees: [hunter],
  });
}

type Coverage = Partial<{
  turnoverTarget: string | null;
  plannedTurnover: string;
  turnoverCoverage: number | null;
  grossMarginTarget: string | null;
  plannedGrossMargin: string;
  grossMarginCoverage: number | null;
  plannedLeads: number;
  requiredLeads: number | null;
  leadsCoverage: number | null;
}>;

function coverage(period: string, values: Coverage = {}): Reply {
  return ok({
    planCoverage: {
      __typename: 'PlanCoverage',
      period,
      turnoverTarget: '9000000.00',
      plannedTurnover: '9000000.00',
      turnoverCoverage: 1,
      grossMarginTarget: '2700000.00',
      plannedGrossMargin: '2700000.00',
      grossMarginCoverage: 1,
      plannedLeads: 300,
      requiredLeads: 300,
      leadsCoverage: 1,
      ...values,
    },
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Plans screen with a month picker of its own, as the route has. */
function Screen({ start }: { start: string }) {
  const [period, setPeriod] = useState(start);
  return (
    <>
      <button type="button" onClick={() => setPeriod('2026-11')}>
        to November
      </button>
      <PlansView period={period} />
    </>
  );
}

function renderScreen(start = '2026-11') {
  return renderWithCompany(
    <MemoryRouter>
      <GraphqlProvider>
        <Screen start={start} />
      </GraphqlProvider>
    </MemoryRouter>,
  );
}

const input = (name: string | RegExp) => screen.getByLabelText(name) as HTMLInputElement;

describe('PlansView after a month switch', () => {
  it('starts the forms from the new month’s saved targets and saves with its version', async () => {
    const api = mockApi({
      // The new month answers later than the old one: urql keeps showing the old data meanwhile.
      PlansMonth: async ({ period }) => {
        if (period === '2026-11') await delay(150);
        return plansMonth(String(period));
      },
      PlanCoverage: ({ period }) => coverage(String(period)),
      SetSharedGoal: ({ input: given }) =>
        ok({ setSharedGoal: { __typename: 'SharedGoal', ...(given as object), version: 8 } }),
    });
    const user = userEvent.setup();
    renderScreen('2026-10');

    await waitFor(() => expect(input('Turnover target').value).toBe('8,000,000'));
    await user.clear(input('Turnover target'));
    await user.type(input('Turnover target'), '1');
    await user.clear(input(/Turnover — Ivan Smirnov/));
    await user.type(input(/Turnover — Ivan Smirnov/), '5');

    await user.click(screen.getByRole('button', { name: 'to November' }));
    // While November loads, October's goal is not offered for editing as if it were November's.
    expect(screen.queryByDisplayValue('8,000,000')).toBeNull();
    expect(screen.queryByDisplayValue('2,400,000')).toBeNull();

    await waitFor(() => expect(input('Turnover target').value).toBe('9,000,000'));
    expect(input('Gross margin target').value).toBe('2,700,000');
    expect(input(/Turnover — Ivan Smirnov/).value).toBe('2,500,000');
    // Nothing typed in October counts as a change of November.
    expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(true);

    await user.clear(input('Turnover target'));
    await user.type(input('Turnover target'), '9,500,000');
    await user.click(screen.getByRole('button', { name: 'Save shared goal' }));

    await screen.findByText('Shared goal saved');
    const sent = api.calls.filter((call) => call.operationName === 'SetSharedGoal').map((call) => call.variables.input);
    expect(sent).toEqual([
      { period: '2026-11', turnoverTarget: '9500000', grossMarginTarget: '2700000', expectedVersion: 7 },
    ]);
  });
});

describe('PlansView money input', () => {
  it('takes English amounts, formats them on leaving the field and refuses Russian ones inline', async () => {
    const api = mockApi({
      PlansMonth: ({ period }) => plansMonth(String(period)),
      PlanCoverage: ({ period }) => coverage(String(period)),
      SetSharedGoal: ({ input: given }) =>
        ok({ setSharedGoal: { __typename: 'SharedGoal', ...(given as object), version: 8 } }),
    });
    const user = userEvent.setup();
    renderScreen();

    const turnover = await waitFor(() => {
      expect(input('Turnover target').value).toBe('9,000,000');
      return input('Turnover target');
    });
    await user.clear(turnover);
    await user.type(turnover, '1 000,50');
    await user.tab();

    expect(turnover.getAttribute('aria-invalid')).toBe('true');
    const described = (turnover.getAttribute('aria-describedby') ?? '').split(' ');
    expect(document.getElementById(described[0])?.textContent).toBe(
      'Use a comma between thousands and a point before the cents, e.g. 4,050,000.50',
    );
    await user.click(screen.getByRole('button', { name: 'Save shared goal' }));
    expect(api.calls.some((call) => call.operationName === 'SetSharedGoal')).toBe(false);

    await user.clear(turnover);
    await user.type(turnover, '4050000.5');
    await user.tab();
    expect(turnover.value).toBe('4,050,000.50');
    expect(turnover.getAttribute('aria-invalid')).toBeNull();
    await user.clear(input('Gross margin target'));
    await user.type(input('Gross margin target'), '1,215,000');
    await user.click(screen.getByRole('button', { name: 'Save shared goal' }));

    await screen.findByText('Shared goal saved');
    const sent = api.calls.find((call) => call.operationName === 'SetSharedGoal')?.variables.input;
    expect(sent).toMatchObject({ turnoverTarget: '4050000.50', grossMarginTarget: '1215000' });
  });

  it('takes Russian amounts and refuses English ones in the personal plans, in Russian', async () => {
    await i18n.changeLanguage('ru');
    const api = mockApi({
      PlansMonth: ({ period }) => plansMonth(String(period)),
      PlanCoverage: ({ period }) => coverage(String(period)),
      SetPersonalPlan: ({ input: given }) =>
        ok({
          setPersonalPlan: {
            __typename: 'PersonalPlan',
            id: 'p',
            version: 5,
            ...(given as { period: string; metric: string; target: string }),
            employee: { __typename: 'Employee', id: '3' },
          },
        }),
    });
    const user = userEvent.setup();
    renderScreen();

    const turnover = await waitFor(() => {
      expect(input(/Оборот — Ivan Smirnov/).value).toBe('2\u00a0500\u00a0000');
      return input(/Оборот — Ivan Smirnov/);
    });
    await user.clear(turnover);
    await user.type(turnover, '1,000.50');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    expect(turnover.getAttribute('aria-invalid')).toBe('true');
    const errorId = (turnover.getAttribute('aria-describedby') ?? '').split(' ')[0];
    expect(document.getElementById(errorId)?.textContent).toBe(
      'Разделяйте тысячи пробелом, а копейки — запятой, например 4 050 000,50',
    );
    expect(api.calls.some((call) => call.operationName === 'SetPersonalPlan')).toBe(false);

    await user.clear(turnover);
    await user.type(turnover, '3 000 000,5');
    await user.tab();
    expect(turnover.value).toBe('3\u00a0000\u00a0000,50');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    await screen.findByText('Сохранено');
    const sent = api.calls
      .filter((call) => call.operationName === 'SetPersonalPlan')
      .map((call) => call.variables.input);
    expect(sent).toEqual([
      { employeeId: '3', period: '2026-11', metric: 'TURNOVER', target: '3000000.50', expectedVersion: 4 },
    ]);
  });
});

describe('PlanCoverage on the Plans screen', () => {
  it('shows each coverage with its bar and warns in words below 100 %', async () => {
    mockApi({
      PlansMonth: ({ period }) => plansMonth(String(period)),
      PlanCoverage: ({ period }) =>
        coverage(String(period), {
          plannedTurnover: '8100000.00',
          turnoverCoverage: 0.9,
          plannedLeads: 150,
          leadsCoverage: 0.5,
        }),
    });
    renderScreen();

    const warning = (await screen.findByText(/do not cover the goal/)).closest('[role="alert"]') as HTMLElement;
    expect(warning.textContent).toContain('The personal plans do not cover the goal: Turnover 90%, Leads 50%.');
    expect(warning.textContent).not.toContain('Gross margin');

    const bar = screen.getByRole('progressbar', { name: 'Turnover: personal plans against the goal' });
    expect(bar.getAttribute('aria-valuetext')).toBe('90%');
    const leads = screen.getByRole('heading', { name: 'Leads' }).closest('li') as HTMLElement;
    expect(within(leads).getByText('Leads the goal needs').nextSibling?.textContent).toBe('300');
    expect(within(leads).getByText('Marketers’ lead plans').nextSibling?.textContent).toBe('150');
    expect(within(leads).getByText('50%, below the goal')).toBeTruthy();
    const margin = screen.getByRole('heading', { name: 'Gross margin' }).closest('li') as HTMLElement;
    expect(within(margin).getByText('100%')).toBeTruthy();
  });

  it('says so when there is no goal, and when there is no history to estimate leads', async () => {
    mockApi({
      PlansMonth: ({ period }) => plansMonth(String(period)),
      PlanCoverage: ({ period }) =>
        coverage(String(period), {
          turnoverTarget: null,
          turnoverCoverage: null,
          grossMarginTarget: null,
          grossMarginCoverage: null,
          requiredLeads: null,
          leadsCoverage: null,
        }),
    });
    renderScreen();

    await screen.findByText(/No shared goal is set for this month yet/);
    expect(screen.queryByText(/do not cover the goal/)).toBeNull();
    expect(
      screen
        .getAllByRole('progressbar')
        .every((bar) => bar.getAttribute('aria-valuetext') === 'nothing to compare with'),
    ).toBe(true);
  });

  it('explains missing history when a goal exists, and refetches after a personal plan is saved', async () => {
    let planned = '2500000.00';
    const api = mockApi({
      PlansMonth: ({ period }) => plansMonth(String(period)),
      PlanCoverage: ({ period }) =>
        coverage(String(period), {
          plannedTurnover: planned,
          turnoverCoverage: Number(planned) / 9000000,
          requiredLeads: null,
          leadsCoverage: null,
        }),
      SetPersonalPlan: ({ input: given }) => {
        planned = '9000000.00';
        return ok({
          setPersonalPlan: {
            __typename: 'PersonalPlan',
            id: '2026-11-t',
            version: 5,
            ...(given as { period: string; metric: string; target: string }),
            employee: { __typename: 'Employee', id: '3' },
          },
        });
      },
    });
    const user = userEvent.setup();
    renderScreen();

    await screen.findByText(/cannot be estimated/);
    await screen.findByText(/Turnover 27.8%/);
    const before = api.calls.filter((call) => call.operationName === 'PlanCoverage').length;

    const turnover = input(/Turnover — Ivan Smirnov/);
    await user.clear(turnover);
    await user.type(turnover, '9,000,000');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByText(/do not cover the goal/)).toBeNull());
    expect(api.calls.filter((call) => call.operationName === 'PlanCoverage').length).toBeGreaterThan(before);
  });
});
