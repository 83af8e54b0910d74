import { screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { expiredToken, mockApi, ok, unauthorized, type Reply } from '@/testing/mock-api';

import { App } from './app';

const company = ok({
  company: {
    __typename: 'Company',
    name: 'Demo Trading LLC',
    currency: 'RUB',
    timeZone: 'Europe/Moscow',
    today: '2026-11-15',
  },
});

const hunter = {
  __typename: 'Employee',
  id: '3',
  fullName: 'Ivan Smirnov',
  email: 'hunter@demo.tandem',
  role: 'EMPLOYEE',
  position: 'HUNTER',
};

const kpi = (metric: string, actual: string, target: string | null, completion: number | null, status: string) => ({
  __typename: 'Kpi',
  metric,
  actual,
  target,
  completion,
  expectedByNow: target == null ? null : String(Number(target) / 2),
  forecast: String(Number(actual) * 2),
  requiredDailyPace: null,
  status,
});

const myMonth = ok({
  employeeKpis: {
    __typename: 'MemberKpis',
    kpis: [
      kpi('NEW_CLIENTS', '4', '5', 0.8, 'ON_TRACK'),
      kpi('TURNOVER', '10000.00', '30000.00', 0.333333, 'BEHIND'),
      kpi('GROSS_MARGIN', '6000.00', null, null, 'NO_PLAN'),
    ],
    contribution: {
      __typename: 'Contribution',
      turnoverShare: 0.166667,
      marginShare: 0.2,
      shareOfTarget: 0.076923,
      attributedTurnoverShare: null,
      attributedMarginShare: null,
      attributedShareOfTarget: null,
    },
  },
  dashboard: {
    __typename: 'Dashboard',
    goal: { __typename: 'SharedGoal', turnoverTarget: '130000.00' },
    turnoverKpi: {
      __typename: 'Kpi',
      actual: '60000.00',
      target: '130000.00',
      completion: 0.461538,
      expectedByNow: '65000.00',
      status: 'AT_RISK',
    },
  },
  previous: {
    __typename: 'MemberKpis',
    kpis: [
      { __typename: 'Kpi', metric: 'NEW_CLIENTS', actual: '5' },
      { __typename: 'Kpi', metric: 'TURNOVER', actual: '25000.00' },
      { __typename: 'Kpi', metric: 'GROSS_MARGIN', actual: '9000.00' },
    ],
  },
});

const trendMonth = {
  __typename: 'MemberKpis',
  kpis: [{ __typename: 'Kpi', metric: 'NEW_CLIENTS', actual: '3', target: '5' }],
};
const kpiTrend = ok({ m0: trendMonth, m1: trendMonth, m2: trendMonth, m3: trendMonth, m4: trendMonth, m5: trendMonth });

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function signIn(user: ReturnType<typeof userEvent.setup>, password = 'tandem-demo-1') {
  await user.type(await screen.findByLabelText('E-mail'), 'hunter@demo.tandem');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

const notifications = ok({
  notifications: {
    __typename: 'NotificationConnection',
    totalCount: 1,
    unreadCount: 1,
    edges: [
      {
        __typename: 'NotificationEdge',
        node: {
          __typename: 'Notification',
          id: '1',
          kind: 'LEAD_ASSIGNED',
          kpi: null,
          status: null,
          period: '2026-11',
          leadId: '7',
          createdAt: '2026-11-15T10:00:00+03:00',
          read: false,
        },
      },
    ],
  },
});

describe('App', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends a visitor without a session to the sign-in page; every request is marked as the web app’s', async () => {
    const { calls } = mockApi({ Company: () => company, Me: () => unauthorized() });
    render(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByText('Demo Trading LLC')).toBeTruthy();
    expect(window.location.pathname).toBe('/login');
    expect(screen.queryByText('Your session has expired, please sign in again')).toBeNull();
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(new Headers(call.init.headers).get('X-Tandem-Client')).toBe('web');
      expect(call.init.credentials).toBe('same-origin');
      expect(call.init.method).toBe('POST');
    }
  });

  it('says "Wrong e-mail or password" and keeps the button disabled while signing in', async () => {
    const answer = deferred<Reply>();
    mockApi({ Company: () => company, Me: () => unauthorized(), Login: () => answer.promise });
    const user = userEvent.setup();
    render(<App />);

    await signIn(user, 'wrong-password-1');
    const button = screen.getByRole('button', { name: 'Signing in…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);

    answer.resolve(unauthorized('server wording that the page does not show', 'WRONG_CREDENTIALS'));
    const message = await screen.findByText('Wrong e-mail or password');
    expect(message.getAttribute('role')).toBe('alert');
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
  });

  it('signs in and lands on My month with a card per KPI; the token never reaches the page', async () => {
    let signedIn = false;
    const { calls } = mockApi({
      Company: () => company,
      Me: () => (signedIn ? ok({ me: hunter }) : unauthorized()),
      Login: () => {
        signedIn = true;
        return ok({
          login: {
            __typename: 'AuthPayload',
            expiresAt: '2026-11-16T00:00:00+03:00',
            employee: { __typename: 'Employee', id: '3' },
          },
        });
      },
      MyMonth: () => myMonth,
      KpiTrend: () => kpiTrend,
      Notifications: () => notifications,
    });
    const user = userEvent.setup();
    render(<App />);

    await signIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'My month' })).toBeTruthy();
    expect(window.location.pathname).toBe('/');
    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'New clients',
      'Turnover',
      'Gross margin',
    ]);
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByText('Ivan Smirnov · Hunter')).toBeTruthy();
    // The header's bell carries the unread count in its name.
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeTruthy();

    // Each card says how it compares with last month; the month in progress by its forecast.
    const turnover = (await screen.findAllByRole('article')).find((card) => card.dataset.metric === 'TURNOVER');
    expect(turnover?.querySelector('[data-testid="kpi-change"]')?.textContent).toBe(
      '▼At this pace −₽5K (−20%) vs previous month (October 2026: ₽25,000.00)',
    );

    const login = calls.find((call) => call.operationName === 'Login');
    expect(String(login?.init.body)).not.toContain('accessToken');
    const monthQuery = calls.find((call) => call.operationName === 'MyMonth');
    expect(monthQuery?.variables).toEqual({ employeeId: '3', period: '2026-11', previousPeriod: '2026-10' });
  });

  it('returns to the sign-in page with a message when the session expires', async () => {
    mockApi({
      Company: () => company,
      Me: (() => {
        let first = true;
        return () => {
          const reply = first ? ok({ me: hunter }) : unauthorized();
          first = false;
          return reply;
        };
      })(),
      MyMonth: () => expiredToken(),
      KpiTrend: () => expiredToken(),
    });
    render(<App />);

    expect(await screen.findByText('Your session has expired, please sign in again')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(window.location.pathname).toBe('/login');
  });

  it('leads from the account menu to the Account page: who I am and the password form', async () => {
    mockApi({
      Company: () => company,
      Me: () => ok({ me: hunter }),
      MyMonth: () => myMonth,
      KpiTrend: () => kpiTrend,
      DigestPreview: () =>
        ok({
          me: { __typename: 'Employee', id: hunter.id, digestSubscription: true },
          digestPreview: {
            __typename: 'DigestPreview',
            subject: 'Tandem: your week, 9–15 November',
            html: '<!DOCTYPE html><html><body><h1>Hello, Ivan Smirnov!</h1><script>parent.hacked = true</script></body></html>',
            language: 'EN',
            weekStart: '2026-11-09',
            weekEnd: '2026-11-15',
            mailConfigured: false,
          },
        }),
      Notifications: () => notifications,
    });
    const user = userEvent.setup();
    render(<App />);

    await user.click(await screen.findByRole('button', { name: 'Account menu for Ivan Smirnov' }));
    await user.click(screen.getByRole('link', { name: 'Account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Account' })).toBeTruthy();
    expect(window.location.pathname).toBe('/account');
    // The menu closes behind the link.
    expect(screen.getByRole('button', { name: 'Account menu for Ivan Smirnov' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    const profile = screen.getByRole('region', { name: 'You' });
    expect(within(profile).getByText('hunter@demo.tandem')).toBeTruthy();
    expect(within(profile).getByText('Employee')).toBeTruthy();
    expect(within(profile).getByText('Hunter')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Change password' })).toBeTruthy();
    // The weekly digest: the e-mail in a frame that may run nothing, the switch beside it.
    const digest = await screen.findByRole('region', { name: 'Weekly digest' });
    const frame = await within(digest).findByTitle('Preview of your weekly digest');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('Hello, Ivan Smirnov!');
    expect(within(digest).getByText('Tandem: your week, 9–15 November')).toBeTruthy();
    expect(
      (within(digest).getByRole('switch', { name: 'Send me the weekly digest' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(within(digest).getByText(/E-mail is not configured on this server/)).toBeTruthy();
  });

  it('switches to Russian, sets the page language and remembers the choice', async () => {
    mockApi({ Company: () => company, Me: () => unauthorized() });
    const user = userEvent.setup();
    render(<App />);

    await user.click(await screen.findByRole('button', { name: 'RU' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Вход' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('ru'));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru');
    expect(screen.getByRole('button', { name: 'RU' }).getAttribute('aria-pressed')).toBe('true');
  });
});
