// SPEC §7 "Finding records": every KPI card opens the records behind its number. A salesperson's
// Turnover card leads to the month's deals of theirs, and the list holds exactly the deals the API counts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { api, BASE_URL, launch, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function previousMonth(period) {
  const [y, m] = period.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 2, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

test('a KPI card opens the records behind its number', async () => {
  const page = await signIn(browser, 'hunter');
  const { me, company } = await api(page, '{ me { id } company { today } }');
  // Last month: a whole month of the demo's deals (today may be the 1st).
  const period = previousMonth(company.today.slice(0, 7));
  const { deals } = await api(
    page,
    'query($p: YearMonth!, $f: DealFilter) { deals(first: 1, period: $p, filter: $f) { totalCount } }',
    { p: period, f: { salespersonId: me.id } },
  );
  assert.ok(deals.totalCount > 0, 'the demo hunter sold last month');

  await page.goto(`${BASE_URL}/?month=${period}`);
  const card = page.locator('article[data-metric="TURNOVER"]');
  await card.waitFor();
  await card.getByRole('link', { name: /Records behind this number.*Turnover/ }).click();
  await page.waitForURL((url) => url.pathname === '/records/deals');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('month'), period);
  assert.equal(url.searchParams.get('salesperson'), me.id);
  await page.getByText(`Deals found: ${deals.totalCount}`).waitFor();
  await page.context().close();
});
