import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { GraphqlProvider } from '@/lib/graphql-provider';
import { i18n } from '@/lib/i18n';
import { mockApi, ok } from '@/testing/mock-api';
import { renderWithCompany } from '@/testing/test-utils';

import { MyBonusCard } from './my-bonus-card';

const COMPONENTS = [
  { __typename: 'BonusComponent', metric: 'TURNOVER', weight: 0.5, completion: 0.6, capped: 0.6 },
  { __typename: 'BonusComponent', metric: 'GROSS_MARGIN', weight: 0.3, completion: 1.75, capped: 1.5 },
  { __typename: 'BonusComponent', metric: 'NEW_CLIENTS', weight: 0.2, completion: null, capped: 0 },
];

/** docs/bonuses.md, worked example 1 (with one component changed to show the cap and a missing actual). */
const HUNTER = {
  __typename: 'Bonus',
  period: '2026-11',
  targetBonus: '50000.00',
  sharedCompletion: 0.5,
  sharedFactor: 0.5,
  personalScore: 0.75,
  payout: '15625.00',
  forecastPayout: '62500.00',
  reason: null,
  closed: false,
  components: COMPONENTS,
};

function renderCard(bonus: object, { period = '2026-11', current = true } = {}) {
  const api = mockApi({ MyBonus: () => ok({ bonus }) });
  renderWithCompany(
    <GraphqlProvider>
      <MyBonusCard employeeId="3" period={period} current={current} />
    </GraphqlProvider>,
  );
  return api;
}

describe('MyBonusCard', () => {
  it('shows the payout so far, at this pace, the gate passed, and each KPI with its weight and cap', async () => {
    const api = renderCard(HUNTER);

    expect(await screen.findByTestId('bonus-payout')).toHaveProperty('textContent', '₽15,625.00');
    expect(screen.getByText('So far')).toBeTruthy();
    expect(screen.getByTestId('bonus-forecast').textContent).toBe('₽62,500.00');
    expect(screen.getByText('At this pace')).toBeTruthy();
    expect(screen.getByTestId('bonus-gate').textContent).toBe(
      'The team is at 50% of the shared plan: the gate is passed, and the shared plan counts for 50%.',
    );
    const table = screen.getByRole('table', { name: 'What your bonus is made of' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'KPIWeightCompletionCounts as',
      'Turnover50%60%60%',
      'Gross margin30%175%150%',
      'New clients20%—0%',
      'Personal score75%',
    ]);
    expect(screen.getByText(/depends on the whole team reaching the shared plan/)).toBeTruthy();
    expect(api.calls[0].variables).toEqual({ employeeId: '3', period: '2026-11' });
  });

  it('says the gate is not reached yet when the shared plan is below it (worked example 2)', async () => {
    renderCard({
      ...HUNTER,
      targetBonus: '30000.00',
      sharedCompletion: 0.625,
      sharedFactor: 0,
      personalScore: 0.72,
      payout: '0.00',
      forecastPayout: '34560.00',
    });

    expect((await screen.findByTestId('bonus-payout')).textContent).toBe('₽0.00');
    expect(screen.getByTestId('bonus-gate').textContent).toBe(
      'The team is at 63% of the shared plan: the gate is not reached yet, so no bonus is paid until it is.',
    );
    expect(screen.getByTestId('bonus-forecast').textContent).toBe('₽34,560.00');
  });

  it('shows no forecast for a past month, and says a closed month’s payout is final', async () => {
    renderCard(
      { ...HUNTER, forecastPayout: null, closed: true, period: '2026-10' },
      { period: '2026-10', current: false },
    );

    expect((await screen.findByTestId('bonus-payout')).textContent).toBe('₽15,625.00');
    expect(screen.getByText('Final payout')).toBeTruthy();
    expect(screen.getByText('This month is closed: the payout is final.')).toBeTruthy();
    expect(screen.queryByTestId('bonus-forecast')).toBeNull();
    expect(screen.queryByText('At this pace')).toBeNull();
  });

  it.each([
    ['NO_SCHEME', 'There is no bonus scheme for your position yet, so there is no bonus to show.'],
    ['NO_SHARED_GOAL', 'This month has no shared plan yet, so the bonus cannot be worked out.'],
    ['NO_PLAN', 'You do not have a personal plan for every KPI of your bonus yet, so the payout cannot be worked out.'],
  ])('says in words why there is no payout: %s', async (reason, sentence) => {
    renderCard({
      ...HUNTER,
      payout: null,
      forecastPayout: null,
      reason,
      sharedCompletion: reason === 'NO_PLAN' ? 0.8 : null,
      sharedFactor: reason === 'NO_PLAN' ? 0.8 : null,
      personalScore: null,
      components: reason === 'NO_SCHEME' ? [] : COMPONENTS,
    });

    expect(await screen.findByText(sentence)).toBeTruthy();
    expect(screen.queryByText(reason)).toBeNull();
    expect(document.body.textContent).not.toContain(reason);
    expect(screen.queryByTestId('bonus-payout')).toBeNull();
  });

  it('speaks Russian', async () => {
    await i18n.changeLanguage('ru');
    renderCard({ ...HUNTER, sharedCompletion: 0.63, sharedFactor: 0, payout: '0.00' });

    expect(await screen.findByText('Моя премия')).toBeTruthy();
    expect((await screen.findByTestId('bonus-gate')).textContent).toBe(
      'Команда выполнила 63\u00a0% общего плана: порог ещё не пройден, поэтому премия пока не начисляется.',
    );
    expect(screen.getByText('В этом темпе')).toBeTruthy();
  });
});
