// The app's main flows in real Chromium against the demo company: plans set by the owner, a deal
// recorded by the hunter and seen on My month and Team without a reload, owner screens hidden from
// employees, the phone layout, an axe-core scan of every main screen, and screenshots of them all.
// The demo data is generated relative to today, so numbers are read from the API, never hard-coded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { api, BASE_URL, kpiActual, launch, signIn, waitForKpiActual } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

const GOAL_TURNOVER = '9000000';
const GOAL_MARGIN = '2700000';
const HUNTER_TURNOVER_PLAN = '2500000';
const DEAL_REVENUE = '123456.78';
const DEAL_COST = '23456.78';

let browser;
before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

/** Formats like the app does (the browser's Intl, so the same ICU data). */
function formatIn(page, kind, value, currency) {
  return page.evaluate(
    ([k, v, c]) =>
      k === 'money'
        ? new Intl.NumberFormat('en', {
            style: 'currency',
            currency: c,
            currencyDisplay: 'narrowSymbol',
            minimumFractionDigits: 2,
            maximumFractionDigits: 2,
          }).format(v)
        : new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(v),
    [kind, value, currency],
  );
}

const cents = (decimal) => {
  const [whole, fraction = ''] = decimal.split('.');
  const sign = whole.startsWith('-') ? -1n : 1n;
  return BigInt(whole) * 100n + sign * BigInt((fraction + '00').slice(0, 2));
};
const fromCents = (value) => {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

const COMPANY = `query { company { currency today } me { id } }`;
const HUNTER_NUMBERS = `
  query ($id: ID!, $period: YearMonth!) {
    employeeKpis(employeeId: $id, period: $period) {
      kpis { metric actual target completion }
      contribution { turnoverShare shareOfTarget }
    }
    dashboard(period: $period) { turnover goal { turnoverTarget } }
  }`;

async function hunterNumbers(page, id, period) {
  const data = await api(page, HUNTER_NUMBERS, { id, period });
  const turnover = data.employeeKpis.kpis.find((kpi) => kpi.metric === 'TURNOVER');
  return { turnover, contribution: data.employeeKpis.contribution, dashboard: data.dashboard };
}

async function noHorizontalScroll(page, width) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `page is ${scrollWidth}px wide at ${width}px (${page.url()})`);
}

let period;
let hunterId;
let hunterName;

test('(a) the owner sets the month’s shared goal and the hunter’s turnover plan', async () => {
  const owner = await signIn(browser, 'owner');
  const { company } = await api(owner, COMPANY);
  period = company.today.slice(0, 7);
  const { employees } = await api(owner, `query { employees { id fullName email position active } }`);
  const hunter = employees.find((e) => e.email === 'hunter@demo.tandem');
  hunterId = hunter.id;
  hunterName = hunter.fullName;

  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click();
  await owner.getByRole('heading', { name: 'Plans', level: 1 }).waitFor();

  const goal = owner.getByRole('form', { name: 'Shared goal' });
  await goal.getByLabel('Turnover target').fill('');
  await goal.getByRole('button', { name: 'Save shared goal' }).click();
  // A field-level error from the API lands at its field.
  const turnoverInput = goal.getByLabel('Turnover target');
  await owner.waitForFunction(
    () => document.querySelector('input[name="turnoverTarget"]')?.getAttribute('aria-invalid') === 'true',
  );
  const describedBy = await turnoverInput.getAttribute('aria-describedby');
  const errorText = await owner.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText();
  assert.equal(errorText, 'Required');

  await turnoverInput.fill(GOAL_TURNOVER);
  await goal.getByLabel('Gross margin target').fill(GOAL_MARGIN);
  await goal.getByRole('button', { name: 'Save shared goal' }).click();
  await goal.getByText('Shared goal saved').waitFor();

  const plan = owner.getByLabel(`Turnover — ${hunterName}`, { exact: true });
  await plan.fill(HUNTER_TURNOVER_PLAN);
  await owner.locator('tr', { has: plan }).getByRole('button', { name: 'Save' }).click();
  await owner.locator('tr', { has: plan }).getByText('Saved', { exact: true }).waitFor();

  const data = await api(
    owner,
    `query ($p: YearMonth!) { sharedGoal(period: $p) { turnoverTarget grossMarginTarget }
       personalPlans(period: $p) { metric target employee { id } } }`,
    { p: period },
  );
  assert.equal(Number(data.sharedGoal.turnoverTarget), Number(GOAL_TURNOVER));
  assert.equal(Number(data.sharedGoal.grossMarginTarget), Number(GOAL_MARGIN));
  const saved = data.personalPlans.find((p) => p.employee.id === hunterId && p.metric === 'TURNOVER');
  assert.equal(Number(saved.target), Number(HUNTER_TURNOVER_PLAN));
  await owner.context().close();
});

test('(b) the hunter records a deal and sees My month and Team change without a reload', async () => {
  const page = await signIn(browser, 'hunter');
  const { company } = await api(page, COMPANY);
  const currency = company.currency;
  await page.getByRole('heading', { name: 'My month', level: 1 }).waitFor();
  const card = page.locator('article[data-metric="TURNOVER"]');
  await card.waitFor();

  const before = await hunterNumbers(page, hunterId, period);
  assert.equal(Number(before.dashboard.goal.turnoverTarget), Number(GOAL_TURNOVER));
  assert.equal(Number(before.turnover.target), Number(HUNTER_TURNOVER_PLAN));
  const shareStat = page.locator('.stat', { hasText: 'My share of the goal' }).locator('.stat__value');
  assert.equal(await kpiActual(card), await formatIn(page, 'money', before.turnover.actual, currency));
  const shareBefore = await shareStat.innerText();

  await page.getByRole('link', { name: 'Team' }).click();
  const teamRow = page.getByRole('row', { name: new RegExp(hunterName) });
  const teamShare = teamRow.locator('td[data-label="Share of the goal"]');
  await teamShare.waitFor();
  const teamShareBefore = await teamShare.innerText();

  // Client-side navigation only from here: this marker would vanish with a reload.
  await page.evaluate(() => {
    window.__sameDocument = true;
  });

  await page.getByRole('link', { name: 'Records', exact: true }).click();
  await page.getByRole('heading', { name: 'Records', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Clients' }).click();
  // Let the list load first: a list query still in flight when the mutation lands would bring back the old rows.
  await page.locator('table.paged__table:visible').first().waitFor();
  const clientName = `E2E Client ${Date.now()}`;
  const clientForm = page.getByRole('form', { name: 'Add a client' });
  await clientForm.getByLabel('Name').fill(clientName);
  await clientForm.getByRole('button', { name: 'Add client' }).click();
  await clientForm.getByText('Client added').waitFor();
  await page
    .getByRole('cell', { name: clientName })
    .or(page.getByRole('rowheader', { name: clientName }))
    .first()
    .waitFor();

  await page.getByRole('link', { name: 'Deals' }).click();
  await page.locator('table.paged__table:visible').first().waitFor();
  const dealForm = page.getByRole('form', { name: 'Record a deal' });
  // A negative revenue is refused at its field, and nothing is recorded.
  await dealForm.getByLabel('Client').selectOption({ label: clientName });
  await dealForm.getByLabel('Revenue').fill('-5');
  await dealForm.getByLabel('Cost').fill(DEAL_COST);
  await dealForm.getByRole('button', { name: 'Record deal' }).click();
  await dealForm.getByText('Must not be negative').waitFor();
  assert.equal(await dealForm.getByLabel('Revenue').getAttribute('aria-invalid'), 'true');

  await dealForm.getByLabel('Revenue').fill(DEAL_REVENUE);
  await dealForm.getByRole('button', { name: 'Record deal' }).click();
  await dealForm.getByText(/Deal recorded/).waitFor();
  // The list refetches on its own and shows the new deal.
  await page.getByRole('cell', { name: clientName }).waitFor();

  const afterDeal = await hunterNumbers(page, hunterId, period);
  const expected = fromCents(cents(before.turnover.actual) + cents(DEAL_REVENUE));
  assert.equal(Number(afterDeal.turnover.actual), Number(expected));

  await page.getByRole('link', { name: 'My month' }).click();
  const expectedActual = await formatIn(page, 'money', expected, currency);
  await waitForKpiActual(card, expectedActual);
  const expectedCompletion = await formatIn(page, 'percent', afterDeal.turnover.completion);
  assert.equal(await card.getByTestId('kpi-completion').innerText(), `${expectedCompletion} of plan`);
  const expectedShare = await formatIn(page, 'percent', afterDeal.contribution.shareOfTarget);
  await shareStat.filter({ hasText: expectedShare }).waitFor();
  assert.notEqual(expectedShare, shareBefore);

  await page.getByRole('link', { name: 'Team' }).click();
  await teamShare.filter({ hasText: expectedShare }).waitFor();
  assert.notEqual(teamShareBefore, await teamShare.innerText());

  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page was reloaded');
  await page.context().close();
});

test('(c) an employee sees no owner screens', async () => {
  for (const user of ['hunter', 'marketer']) {
    const page = await signIn(browser, user);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Records', exact: true }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Plans' }).count(), 0);
    assert.equal(await nav.getByRole('link', { name: 'People' }).count(), 0);
    for (const path of ['/plans', '/people']) {
      await page.goto(`${BASE_URL}${path}`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      assert.equal(await page.getByRole('button', { name: /Save/ }).count(), 0);
    }
    await page.context().close();
  }
});

test('(d) on a phone (390 px) the KPI cards fit without sideways scrolling', async () => {
  const page = await signIn(browser, 'hunter', { width: 390 });
  await page.locator('article[data-metric]').first().waitFor();
  assert.ok((await page.locator('article[data-metric]').count()) >= 3);
  await noHorizontalScroll(page, 390);
  const box = await page.locator('article[data-metric]').first().boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `card at ${box.x}+${box.width}`);
  await page.context().close();
});

test('the owner pages through everyone’s leads with "Load more"', async () => {
  const page = await signIn(browser, 'owner');
  await page.getByRole('link', { name: 'Records', exact: true }).click();
  await page.getByRole('heading', { name: 'Leads of the month' }).waitFor();
  const rows = page.locator('table tbody tr');
  await rows.first().waitFor();
  // Last month: a whole month of demo leads (early in a month the current one may hold fewer than a page).
  await page.getByRole('button', { name: 'Previous month' }).click();
  await page.waitForURL(/month=/);
  await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length >= 25);
  const firstPage = await rows.count();
  assert.equal(firstPage, 25);
  await page.getByRole('button', { name: 'Load more' }).click();
  await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length > 25);
  const ids = await rows.allInnerTexts();
  assert.ok(ids.length > 25);
  await page.context().close();
});

/** Each main screen, who shows it, and what says it has loaded. */
const SCREENS = [
  { name: 'my-month', user: 'hunter', path: '/', ready: (page) => page.locator('article[data-metric]').first() },
  { name: 'team', user: 'hunter', path: '/team', ready: (page) => page.locator('table').first() },
  { name: 'records', user: 'hunter', path: '/records/deals', ready: (page) => page.locator('table tbody tr').first() },
  {
    name: 'records-leads',
    user: 'owner',
    path: '/records/leads',
    ready: (page) => page.locator('table tbody tr').first(),
  },
  { name: 'plans', user: 'owner', path: '/plans', ready: (page) => page.locator('table tbody tr').first() },
  { name: 'people', user: 'owner', path: '/people', ready: (page) => page.locator('table tbody tr').first() },
  { name: 'account', user: 'hunter', path: '/account', ready: (page) => page.locator('input[name="currentPassword"]') },
];

async function axeScan(page, label) {
  // Evaluated, not added as a <script>: Tandem's Content-Security-Policy (script-src 'self') blocks inline scripts.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `${label}: ${JSON.stringify(bad, null, 2)}`);
}

test('(e) axe-core finds no serious or critical violations on the main screens', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const login = await context.newPage();
  await login.goto(`${BASE_URL}/login`);
  await login.getByRole('button', { name: 'Sign in' }).waitFor();
  await axeScan(login, 'login');
  await context.close();

  for (const user of ['hunter', 'owner']) {
    const page = await signIn(browser, user);
    for (const screen of SCREENS.filter((s) => s.user === user)) {
      await page.goto(`${BASE_URL}${screen.path}`);
      await screen.ready(page).waitFor();
      await axeScan(page, screen.name);
    }
    await page.context().close();
  }
});

test('(f) screenshots of every main screen in both languages and widths, none scrolling sideways', async () => {
  for (const language of ['en', 'ru']) {
    for (const width of [390, 1440]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: language });
      await context.addInitScript((lang) => window.localStorage.setItem('tandem.language', lang), language);
      const login = await context.newPage();
      await login.goto(`${BASE_URL}/login`);
      await login.locator('form').waitFor();
      await login.screenshot({ path: `${SHOTS}flow-login-${language}-${width}.png`, fullPage: true });
      await noHorizontalScroll(login, width);
      await context.close();

      for (const user of ['hunter', 'owner']) {
        const page = await signIn(browser, user, { language, width });
        for (const screen of SCREENS.filter((s) => s.user === user)) {
          await page.goto(`${BASE_URL}${screen.path}`);
          await screen.ready(page).waitFor();
          await page.waitForLoadState('networkidle');
          await page.screenshot({ path: `${SHOTS}flow-${screen.name}-${language}-${width}.png`, fullPage: true });
          await noHorizontalScroll(page, width);
        }
        await page.context().close();
      }
    }
  }
});

test('the owner adds an employee, changes their position, and deactivates them after confirming', async () => {
  const page = await signIn(browser, 'owner');
  await page.getByRole('link', { name: 'People' }).click();
  const stamp = Date.now();
  const name = `E2E Person ${stamp}`;
  const form = page.getByRole('form', { name: 'Add an employee' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('E-mail').fill(`e2e.${stamp}@demo.tandem`);
  await form.getByLabel('Password').fill('short');
  await form.getByLabel('Position').selectOption('FARMER');
  await form.getByRole('button', { name: 'Add employee' }).click();
  await page.waitForFunction(
    () => document.querySelector('input[name="password"]')?.getAttribute('aria-invalid') === 'true',
  );

  await form.getByLabel('Password').fill('e2e-password-1234');
  await form.getByRole('button', { name: 'Add employee' }).click();
  await form.getByText('Employee added').waitFor();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await row.getByText('Farmer').waitFor();

  await page.getByRole('button', { name: `Edit ${name}` }).click();
  const edit = page.getByRole('form', { name: `Edit ${name}` });
  await edit.getByLabel('Position').selectOption('HUNTER');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await row.getByText('Hunter').waitFor();

  await page.getByRole('button', { name: `Edit ${name}` }).click();
  await page.getByRole('button', { name: 'Deactivate…' }).click();
  await page.getByText(`${name} will no longer be able to sign in`).waitFor();
  await page.getByRole('button', { name: 'Yes, deactivate' }).click();
  await row.getByText('Deactivated').waitFor();
  await page.context().close();
});
