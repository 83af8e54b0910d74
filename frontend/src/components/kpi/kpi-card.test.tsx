import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';

import { makeFragmentData } from '@/gql/fragment-masking';
import type { KpiCard_KpiFragment } from '@/gql/graphql';
import { i18n } from '@/lib/i18n';
import { companyRecordsHref, recordsHref } from '@/lib/metrics';
import { renderWithCompany } from '@/testing/test-utils';

import { KpiCard, KpiCardFragment } from './kpi-card';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function kpi(fields: Partial<KpiCard_KpiFragment>) {
  return makeFragmentData(
    {
      metric: 'TURNOVER',
      actual: null,
      target: null,
      completion: null,
      expectedByNow: null,
      forecast: null,
      requiredDailyPace: null,
      status: 'NO_PLAN',
      ...fields,
    },
    KpiCardFragment,
  );
}

function card() {
  return screen.getByRole('article');
}

function badge() {
  return card().querySelector('.status-badge') as HTMLElement;
}

// Ivan, November 2026, from docs/kpis.md: turnover 10000 of 30000 by mid-month.
const behind = kpi({
  metric: 'TURNOVER',
  actual: '10000.00',
  target: '30000.00',
  completion: 0.333333,
  expectedByNow: '15000.00',
  forecast: '20000.00',
  requiredDailyPace: '1250.00',
  status: 'BEHIND',
});

describe('KpiCard', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('ON_TRACK: green, labelled, with forecast and daily pace in the current month', () => {
    renderWithCompany(
      <KpiCard
        current
        kpi={kpi({
          metric: 'TURNOVER',
          actual: '50000.00',
          target: '100000.00',
          completion: 0.5,
          expectedByNow: '50000.00',
          forecast: '100000.00',
          requiredDailyPace: '3125.00',
          status: 'ON_TRACK',
        })}
      />,
    );

    expect(within(card()).getByRole('heading', { name: 'Turnover' })).toBeTruthy();
    expect(card().className).toContain('kpi-card--on-track');
    expect(badge().className).toContain('status-badge--on-track');
    expect(badge().textContent).toBe('On track');
    expect(screen.getByTestId('kpi-actual').textContent).toBe('₽50,000.00');
    // The plan is ₽100,000 or more, so it is compact; the exact plan is in the actual's tooltip only when
    // the actual itself is compact.
    expect(card().textContent).toContain('of ₽100K');
    expect(screen.getByTestId('kpi-completion').textContent).toBe('50% of plan');
    expect(screen.getByText('Forecast').nextElementSibling?.textContent).toBe('₽100,000.00');
    expect(screen.getByText('Needed per day').nextElementSibling?.textContent).toBe('₽3,125.00');
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(bar.getAttribute('aria-valuetext')).toBe('50% of plan; expected by now 50%');
  });

  it('AT_RISK: amber, with the expected-by-now marker where the plan should be today', () => {
    renderWithCompany(
      <KpiCard
        current
        kpi={kpi({
          metric: 'NEW_CLIENTS',
          actual: '4',
          target: '5',
          completion: 0.8,
          expectedByNow: '4.33',
          forecast: '4.64',
          requiredDailyPace: '0.25',
          status: 'AT_RISK',
        })}
      />,
    );

    expect(card().className).toContain('kpi-card--at-risk');
    expect(badge().className).toContain('status-badge--at-risk');
    expect(badge().textContent).toBe('At risk');
    expect(screen.getByTestId('kpi-actual').textContent).toBe('4');
    expect(screen.getByText('Forecast').nextElementSibling?.textContent).toBe('4.6');
    const marker = screen.getByTestId('expected-marker');
    expect(parseFloat(marker.style.left)).toBeCloseTo(86.6, 1);
  });

  it('BEHIND: red', () => {
    renderWithCompany(<KpiCard current kpi={behind} />);

    expect(card().className).toContain('kpi-card--behind');
    expect(badge().className).toContain('status-badge--behind');
    expect(badge().textContent).toBe('Behind');
    expect(screen.getByText('Expected by now').nextElementSibling?.textContent).toBe('₽15,000.00');
  });

  it('past months show no forecast, pace or marker: the month is over', () => {
    renderWithCompany(<KpiCard current={false} kpi={behind} />);

    expect(screen.queryByText('Forecast')).toBeNull();
    expect(screen.queryByText('Needed per day')).toBeNull();
    expect(screen.queryByTestId('expected-marker')).toBeNull();
  });

  it('NO_PLAN: grey, says there is no plan, no completion', () => {
    renderWithCompany(
      <KpiCard current={false} kpi={kpi({ metric: 'ACTIVE_CLIENTS', actual: '2', status: 'NO_PLAN' })} />,
    );

    expect(card().className).toContain('kpi-card--neutral');
    expect(badge().className).toContain('status-badge--neutral');
    expect(badge().textContent).toBe('No plan');
    expect(screen.getByText('No plan set')).toBeTruthy();
    expect(screen.getByTestId('kpi-actual').textContent).toBe('2');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBeNull();
  });

  it('NO_DATA: grey, and "—" for every undefined value', () => {
    renderWithCompany(
      <KpiCard
        current
        kpi={kpi({ metric: 'COST_PER_LEAD', actual: null, target: '4500.00', completion: null, status: 'NO_DATA' })}
      />,
    );

    expect(card().className).toContain('kpi-card--neutral');
    expect(badge().textContent).toBe('No data');
    expect(screen.getByTestId('kpi-actual').textContent).toBe('—');
    expect(screen.getByTestId('kpi-completion').textContent).toBe('— of plan');
    // Cost per lead is a ratio: judged as it stands, no forecast or daily pace.
    expect(screen.queryByText('Forecast')).toBeNull();
  });

  it('says that lead conversion matures as later deals close', () => {
    renderWithCompany(
      <KpiCard
        current
        kpi={kpi({
          metric: 'LEAD_CONVERSION',
          actual: '0.2813',
          target: '0.2500',
          completion: 1.1252,
          status: 'ON_TRACK',
        })}
      />,
    );

    expect(screen.getByTestId('kpi-actual').textContent).toBe('28.1%');
    expect(screen.getByText(/grows as later deals close/)).toBeTruthy();
  });

  it('speaks Russian: labels and numbers', async () => {
    await i18n.changeLanguage('ru');
    renderWithCompany(<KpiCard current kpi={behind} />);

    expect(within(card()).getByRole('heading', { name: 'Оборот' })).toBeTruthy();
    expect(badge().textContent).toBe('Отстаём');
    expect(plain(screen.getByTestId('kpi-actual').textContent)).toBe('10 000,00 ₽');
    expect(plain(screen.getByTestId('kpi-completion').textContent)).toBe('33,3 % плана');
  });

  it('links to the records behind its number', () => {
    renderWithCompany(
      <MemoryRouter>
        <KpiCard kpi={behind} current recordsHref={recordsHref('TURNOVER', '2026-11', '3')} />
      </MemoryRouter>,
    );
    const link = within(card()).getByRole('link', { name: 'Records behind this number: Turnover' });
    expect(link.getAttribute('href')).toBe('/records/deals?month=2026-11&salesperson=3');
    expect(recordsHref('LEADS', '2026-11', '1')).toBe('/records/leads?month=2026-11');
    expect(recordsHref('COST_PER_LEAD', '2026-11', '1')).toBe('/records/spend?month=2026-11');
    expect(recordsHref('ATTRIBUTED_TURNOVER', '2026-11', '1')).toBe('/records/deals?month=2026-11');
  });

  it('shows large amounts compact, and the exact figures on focus and to screen readers', async () => {
    renderWithCompany(
      <KpiCard
        current={false}
        kpi={kpi({
          metric: 'TURNOVER',
          actual: '12345678.90',
          target: '15000000.00',
          completion: 0.823,
          status: 'MISSED',
        })}
      />,
    );

    const actual = screen.getByTestId('kpi-actual');
    expect(actual.textContent).toBe('₽12.3M');
    expect(card().textContent).toContain('of ₽15M');
    const tooltip = screen.getByRole('tooltip', { hidden: true });
    expect(actual.getAttribute('aria-describedby')).toBe(tooltip.id);
    expect(screen.getByTestId('kpi-actual-exact').textContent).toBe('₽12,345,678.90');
    expect(tooltip.textContent).toContain('Plan: ₽15,000,000.00');
    // Keyboard users reach it; Escape hides the tooltip until focus leaves.
    expect(actual.tabIndex).toBe(0);
    actual.focus();
    await userEvent.keyboard('{Escape}');
    expect(actual.parentElement?.className).toContain('kpi-card__actual--dismissed');
  });

  it('keeps amounts under ₽100,000 exact, with nothing to focus', () => {
    renderWithCompany(<KpiCard current kpi={behind} />);
    expect(screen.getByTestId('kpi-actual').textContent).toBe('₽10,000.00');
    expect(screen.getByTestId('kpi-actual').tabIndex).toBe(-1);
    expect(screen.queryByRole('tooltip', { hidden: true })).toBeNull();
  });

  it('compares a closed month with the previous one, the previous figure beside the change', () => {
    renderWithCompany(
      <KpiCard
        current={false}
        kpi={kpi({
          metric: 'TURNOVER',
          actual: '1200000.00',
          target: '1000000.00',
          completion: 1.2,
          status: 'ACHIEVED',
        })}
        previous={{ period: '2026-09', actual: '1000000.00' }}
      />,
    );
    const change = screen.getByTestId('kpi-change');
    expect(change.textContent).toBe('▲+₽200K (+20%) vs previous month (September 2026: ₽1,000,000.00)');
    expect(change.className).toContain('kpi-change--better');
  });

  it('keeps a decimal on a small relative change, so it never reads as +0 %', () => {
    renderWithCompany(
      <KpiCard
        current={false}
        kpi={kpi({
          metric: 'GROSS_MARGIN',
          actual: '1684600.00',
          target: '1600000.00',
          completion: 1.05,
          status: 'ACHIEVED',
        })}
        previous={{ period: '2026-10', actual: '1679200.00' }}
      />,
    );
    expect(screen.getByTestId('kpi-change').textContent).toContain('+₽5.4K (+0.3%)');
  });

  it('compares a month in progress by its forecast, and not at all while it is too early to tell', () => {
    const { unmount } = renderWithCompany(
      <KpiCard current kpi={behind} previous={{ period: '2026-10', actual: '25000.00' }} />,
    );
    // Forecast ₽20,000 against October's ₽25,000: down, and worse.
    const change = screen.getByTestId('kpi-change');
    expect(change.textContent).toBe('▼At this pace −₽5K (−20%) vs previous month (October 2026: ₽25,000.00)');
    expect(change.className).toContain('kpi-change--worse');
    unmount();

    renderWithCompany(
      <KpiCard
        current
        kpi={kpi({ metric: 'LEADS', actual: '3', target: '100', completion: 0.03, forecast: '30', status: 'EARLY' })}
        previous={{ period: '2026-10', actual: '80' }}
      />,
    );
    expect(screen.queryByTestId('kpi-change')).toBeNull();
  });

  it('judges cost per lead lower-is-better and conversion in percentage points', () => {
    const { unmount } = renderWithCompany(
      <KpiCard
        current
        kpi={kpi({
          metric: 'COST_PER_LEAD',
          actual: '900.00',
          target: '1000.00',
          completion: 1.11,
          status: 'ON_TRACK',
        })}
        previous={{ period: '2026-10', actual: '1000.00' }}
      />,
    );
    expect(screen.getByTestId('kpi-change').className).toContain('kpi-change--better');
    expect(screen.getByTestId('kpi-change').textContent).toContain('−₽100 (−10%)');
    unmount();

    renderWithCompany(
      <KpiCard
        current
        kpi={kpi({ metric: 'LEAD_CONVERSION', actual: '0.25', target: '0.2', completion: 1.25, status: 'ON_TRACK' })}
        previous={{ period: '2026-10', actual: '0.229' }}
      />,
    );
    expect(screen.getByTestId('kpi-change').textContent).toBe('▲+2.1 pp vs previous month (October 2026: 22.9%)');
  });

  it('says the change in Russian', async () => {
    await i18n.changeLanguage('ru');
    renderWithCompany(
      <KpiCard
        current={false}
        kpi={kpi({
          metric: 'TURNOVER',
          actual: '1200000.00',
          target: '1000000.00',
          completion: 1.2,
          status: 'ACHIEVED',
        })}
        previous={{ period: '2026-09', actual: '1000000.00' }}
      />,
    );
    expect(plain(screen.getByTestId('kpi-actual').textContent)).toBe('1,2 млн ₽');
    expect(plain(screen.getByTestId('kpi-change').textContent)).toBe(
      '▲+200 тыс. ₽ (+20 %) к прошлому месяцу (Сентябрь 2026 г.: 1 000 000,00 ₽)',
    );
  });

  it("company cards open everyone's records of the month", () => {
    expect(companyRecordsHref('TURNOVER', '2026-11')).toBe('/records/deals?month=2026-11');
    expect(companyRecordsHref('GROSS_MARGIN', '2026-11')).toBe('/records/deals?month=2026-11');
  });
});
