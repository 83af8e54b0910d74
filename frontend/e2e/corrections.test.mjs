// Corrections (SPEC §7) in real Chromium against the demo company: the hunter corrects the revenue
// of one of their own deals and sees their turnover on My month move by the difference, then voids
// it with a reason and sees it leave the figure while the deal stays listed as voided, with its
// history. The demo data depends on today, so the deal and every figure are read from the API.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { api, BASE_URL, clickUntilVisible, launch, signIn, waitForKpiActual } from './browser.mjs';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const REASON = 'Recorded twice by mistake (browser test)';

let browser;
before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

const money = (page, value, currency) =>
  page.evaluate(
    ([v, c]) =>
      new Intl.NumberFormat('en', {
        style: 'currency',
        currency: c,
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(v),
    [value, currency],
  );

const cents = (decimal) => {
  const [whole, fraction = ''] = String(decimal).split('.');
  const sign = whole.startsWith('-') ? -1n : 1n;
  return BigInt(whole) * 100n + sign * BigInt((fraction + '00').slice(0, 2));
};
const fromCents = (value) => {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

/** A full-page screenshot from the top (scrolled, the sticky header would land mid-page). */
async function fullShot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

const previousPeriod = (period) => {
  const [y, m] = period.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

const OWN_DEALS = `
  query ($period: YearMonth!, $me: ID!) {
    deals(first: 100, period: $period, filter: { salespersonId: $me }) {
      totalCount
      edges { node { id version revenue closedOn voided client { name } } }
    }
  }`;

const TURNOVER = `
  query ($id: ID!, $period: YearMonth!) {
    employeeKpis(employeeId: $id, period: $period) { kpis { metric actual } }
  }`;

async function turnover(page, id, period) {
  const data = await api(page, TURNOVER, { id, period });
  return data.employeeKpis.kpis.find((kpi) => kpi.metric === 'TURNOVER').actual ?? '0';
}

/** My month for `period`, waiting until the turnover card shows `expected`. */
async function seeTurnoverOnMyMonth(page, period, expected) {
  await page.getByRole('link', { name: 'My month' }).click();
  await page.getByRole('heading', { name: 'My month', level: 1 }).waitFor();
  if (!page.url().includes(`month=${period}`)) await page.goto(`${BASE_URL}/?month=${period}`);
  await waitForKpiActual(page.locator('article[data-metric="TURNOVER"]'), expected);
}

/** The deals list of `period`, narrowed by the filter bar to the deal's client. */
async function openDeals(page, period, clientName) {
  await page.goto(`${BASE_URL}/records/deals?month=${period}`);
  await page.locator('table.paged__table:visible').first().waitFor();
  await page.getByRole('search', { name: 'Find records' }).getByLabel('Search').fill(clientName);
  // The search waits for a pause in typing; then the list is fetched for it.
  await page.locator('.records__list[aria-busy="false"]').waitFor();
  await page
    .getByText(/^Deals found: \d+$/)
    .first()
    .waitFor();
}

test('the hunter corrects a deal’s revenue, then voids it; figures, list and history follow', async () => {
  const page = await signIn(browser, 'hunter');
  const { company, me } = await api(page, 'query { company { currency today } me { id } }');
  const currency = company.currency;

  // An own, counting deal of the previous month (inside the write window, and a whole month of demo
  // deals, so the current month the other tests record into keeps its own), else of this month.
  let period = previousPeriod(company.today.slice(0, 7));
  let deals = (await api(page, OWN_DEALS, { period, me: me.id })).deals.edges.map((e) => e.node);
  if (deals.filter((d) => !d.voided).length < 2) {
    period = company.today.slice(0, 7);
    deals = (await api(page, OWN_DEALS, { period, me: me.id })).deals.edges.map((e) => e.node);
  }
  const deal = deals.find((d) => !d.voided);
  assert.ok(deal, 'the hunter has a deal last month or this one');
  const clientName = deal.client.name;

  const before = await turnover(page, me.id, period);
  const oldRevenue = await money(page, deal.revenue, currency);
  const newRevenueDecimal = fromCents(cents(deal.revenue) + 100000n); // + 1,000.00
  const newRevenue = await money(page, newRevenueDecimal, currency);

  // The deals list: the filter bar finds the client's deals and says how many there are.
  await openDeals(page, period, clientName);
  const row = page.locator('tr.records__row', { hasText: oldRevenue }).filter({ hasText: clientName }).first();
  await row.waitFor();
  await fullShot(page, 'corrections-list-en-1440');

  // Correct the revenue: the form is prefilled, only the revenue changes.
  await row.getByRole('button', { name: /^Edit/ }).click();
  const form = page.getByRole('form', { name: /^Correct the deal/ });
  assert.equal(Number(await form.getByLabel('Revenue').inputValue()), Number(deal.revenue));
  await form.getByLabel('Revenue').fill(newRevenueDecimal);
  await fullShot(page, 'corrections-edit-en-1440');
  await form.getByRole('button', { name: 'Save correction' }).click();
  await form.getByText(/Corrected/).waitFor();
  await page.locator('tr.records__row', { hasText: newRevenue }).filter({ hasText: clientName }).first().waitFor();

  const corrected = await turnover(page, me.id, period);
  assert.equal(cents(corrected), cents(before) + 100000n, 'turnover moves by exactly the difference');
  await seeTurnoverOnMyMonth(page, period, await money(page, corrected, currency));

  // Void it with a reason: it leaves the figure, and stays listed as voided.
  await openDeals(page, period, clientName);
  const correctedRow = page.locator('tr.records__row', { hasText: newRevenue }).filter({ hasText: clientName }).first();
  await correctedRow.getByRole('button', { name: /^Void/ }).click();
  const voidForm = page.getByRole('form', { name: /^Void the deal/ });
  await voidForm.getByRole('button', { name: 'Void…' }).click();
  await voidForm.getByText('Required').waitFor();
  await voidForm.getByLabel(/^Reason/).fill(REASON);
  await voidForm.getByRole('button', { name: 'Void…' }).click();
  await voidForm.getByRole('button', { name: 'Yes, void it' }).click();

  const voided = page.locator('.records__voided-section tr.records__row--voided', { hasText: newRevenue }).first();
  await voided.waitFor();
  await voided.getByText(`Voided: ${REASON}`).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'Show voided' }).isChecked(), true);

  const afterVoid = await turnover(page, me.id, period);
  assert.equal(cents(afterVoid), cents(before) - cents(deal.revenue), 'the voided deal leaves the turnover');

  // Its history: created, corrected (old → new revenue, in money), voided with the reason.
  await voided.getByRole('button', { name: /^History/ }).click();
  const history = page.getByRole('region', { name: /^History of the deal/ });
  await history.getByText('Voided', { exact: true }).waitFor();
  await history.getByText('Corrected', { exact: true }).first().waitFor();
  await history.getByText(`Revenue: ${oldRevenue} → ${newRevenue}`).waitFor();
  await history.getByText(REASON).waitFor();
  await fullShot(page, 'corrections-history-en-1440');

  await seeTurnoverOnMyMonth(page, period, await money(page, afterVoid, currency));
  await page.context().close();

  // The same screens in Russian and on a phone, for people to look at.
  for (const [language, width] of [
    ['ru', 1440],
    ['en', 390],
    ['ru', 390],
  ]) {
    const other = await signIn(browser, 'hunter', { language, width });
    await other.goto(`${BASE_URL}/records/deals?month=${period}`);
    await other.locator('tr.records__row').first().waitFor();
    // This test's own deal: the month may hold other voided deals (other tests', the demo's), some on a later page.
    await other.getByRole('search').getByRole('searchbox').fill(clientName);
    await other.getByRole('checkbox').check();
    // The search waits for a pause in typing, then each list is fetched again and its rows drawn anew, which
    // closes a history opened before: wait until both lists have settled on the client's deals.
    await other.waitForFunction((name) => {
      const rows = [...document.querySelectorAll('tr.records__row')];
      // A list is busy while typing has not reached the API and while any of its pages is fetched.
      const busy = [...document.querySelectorAll('.records__list, .records__list .paged')].some(
        (l) => l.getAttribute('aria-busy') !== 'false',
      );
      return !busy && rows.length > 0 && rows.every((row) => row.textContent.includes(name));
    }, clientName);
    const voidedRow = other.locator('tr.records__row--voided', { hasText: clientName }).first();
    await voidedRow.waitFor();
    await clickUntilVisible(
      voidedRow.getByRole('button', { name: /^(History|История)/ }),
      other.locator('.history__entry--voided'),
      { what: `history of the voided deal (${language}, ${width})` },
    );
    if (width > 1000) {
      await fullShot(other, `corrections-history-${language}-${width}`);
    } else {
      await other
        .locator('.records__panel-row')
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await other.screenshot({ path: `${SHOTS}corrections-history-${language}-${width}.png` });
    }
    const editable = other.locator('tr.records__row:not(.records__row--voided)').first();
    if (await editable.count()) {
      await editable.getByRole('button').first().click();
      await other.locator('.records__panel-row form').first().waitFor();
      await other
        .locator('.records__panel-row form')
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await other.screenshot({ path: `${SHOTS}corrections-edit-${language}-${width}.png` });
    }
    const scrollWidth = await other.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= width, `records are ${scrollWidth}px wide at ${width}px`);
    await other.context().close();
  }
});
