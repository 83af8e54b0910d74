import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { GraphqlProvider } from '@/lib/graphql-provider';
import { mockApi, ok } from '@/testing/mock-api';
import { renderWithCompany } from '@/testing/test-utils';

import { PlanPanel } from './plan-panel';

const ivan = { __typename: 'Employee', id: '3', fullName: 'Ivan Smirnov', position: 'HUNTER' };

function suggestion(period: string, turnoverTarget: string, applied = false) {
  return {
    __typename: 'PlanSuggestion',
    period,
    turnoverTarget,
    historyFrom: '2026-08',
    historyTo: '2026-10',
    hasHistory: true,
    averageDeal: '150000.00',
    dealsPerLead: 0.2,
    conversion: 0.18,
    costPerLead: '1500.00',
    marginPercent: 0.3,
    requiredDeals: 60,
    requiredLeads: 300,
    requiredBudget: '450000.00',
    expectedMargin: '2700000.00',
    grossMarginTarget: '2700000.00',
    split: [{ __typename: 'PlanShare', employee: ivan, metric: 'TURNOVER', share: 1, target: turnoverTarget }],
    changes: [
      {
        __typename: 'PlanTargetChange',
        employee: null,
        metric: 'TURNOVER',
        current: applied ? turnoverTarget : '8000000.00',
        proposed: turnoverTarget,
      },
      {
        __typename: 'PlanTargetChange',
        employee: null,
        metric: 'GROSS_MARGIN',
        current: '2700000.00',
        proposed: '2700000.00',
      },
      {
        __typename: 'PlanTargetChange',
        employee: ivan,
        metric: 'TURNOVER',
        current: applied ? turnoverTarget : null,
        proposed: turnoverTarget,
      },
    ],
  };
}

function renderPanel(period: string) {
  return renderWithCompany(
    <GraphqlProvider>
      <PlanPanel period={period} />
    </GraphqlProvider>,
  );
}

describe('PlanPanel', () => {
  it('is not offered for a closed month, and says why', async () => {
    const api = mockApi({ SharedGoalTarget: () => ok({ sharedGoal: null }) });
    renderPanel('2026-10');

    expect(screen.getByText(/October 2026 is closed: a plan is made before or during its month/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Calculate' })).toBeNull();
    expect(screen.queryByLabelText('Turnover target')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.calls.some((call) => call.operationName === 'PlanFromGoal')).toBe(false);
  });

  it('lists what applying changes, asks first, and refetches the month’s plans after', async () => {
    let applied = false;
    const api = mockApi({
      SharedGoalTarget: () =>
        ok({
          sharedGoal: {
            __typename: 'SharedGoal',
            period: '2026-11',
            turnoverTarget: applied ? '9000000.00' : '8000000.00',
          },
        }),
      PlanFromGoal: ({ period, turnoverTarget }) =>
        ok({ planFromGoal: suggestion(String(period), String(turnoverTarget), applied) }),
      ApplyPlanFromGoal: ({ period, turnoverTarget }) => {
        applied = true;
        return ok({ applyPlanFromGoal: suggestion(String(period), String(turnoverTarget), true) });
      },
    });
    const user = userEvent.setup();
    renderPanel('2026-11');

    const target = await screen.findByLabelText('Turnover target');
    await waitFor(() => expect((target as HTMLInputElement).value).toBe('8,000,000'));
    await user.clear(target);
    await user.type(target, '9,000,000');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    await user.click(await screen.findByRole('button', { name: 'Apply as this month’s plan…' }));

    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByText(/Apply the plan for November 2026 with a turnover goal of/)).toBeTruthy();
    const table = within(dialog).getByRole('table', { name: /Targets that change: 2 \(1 stay as they are\)/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['Shared goalTurnover₽8,000,000.00₽9,000,000.00', 'Ivan SmirnovTurnovernot set₽9,000,000.00']);
    expect(api.calls.some((call) => call.operationName === 'ApplyPlanFromGoal')).toBe(false);

    const goalQueries = api.calls.filter((call) => call.operationName === 'SharedGoalTarget').length;
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));

    await screen.findByText(/Applied: the shared goal and personal plans of November 2026 are set/);
    expect(api.calls.find((call) => call.operationName === 'ApplyPlanFromGoal')?.variables).toEqual({
      period: '2026-11',
      turnoverTarget: '9000000',
    });
    // The goal and plans are queried again: what applying wrote is what the app shows.
    await waitFor(() =>
      expect(api.calls.filter((call) => call.operationName === 'SharedGoalTarget').length).toBeGreaterThan(goalQueries),
    );
  });

  it('refuses an amount written the other language’s way before calculating', async () => {
    const api = mockApi({
      SharedGoalTarget: () => ok({ sharedGoal: null }),
    });
    const user = userEvent.setup();
    renderPanel('2026-12');

    const target = await screen.findByLabelText('Turnover target');
    await user.type(target, '9 000 000,50');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));

    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('Use a comma between thousands and a point before the cents, e.g. 4,050,000.50'),
    ).toBeTruthy();
    expect(api.calls.some((call) => call.operationName === 'PlanFromGoal')).toBe(false);
  });
});
