// The handoff ledger in real Chromium against the demo company: the marketer contests a "not target"
// mark on one of last month's leads, the owner overturns it, and both the Disputes screen and the
// Team screen (channel table, hand-over ledger) show it. The demo data is generated relative to
// today, so the lead and every expected figure are read from the API, never hard-coded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { api, BASE_URL, launch, signIn } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

let browser;
before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

function addMonths(period, months) {
  const [y, m] = period.split('-').map(Number);
  const index = y * 12 + m - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const percent = (ratio) =>
  ratio == null ? '—' : new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(ratio);

const NOT_TARGET_LEADS = `
  query ($period: YearMonth!) {
    leads(period: $period, first: 100, filter: { lostReason: NOT_TARGET }) {
      edges { node { id lostReason channel { name } marketer { fullName } assignee { fullName } dispute { id status } } }
    }
  }`;

const FIGURES = `
  query ($period: YearMonth!) {
    dashboard(period: $period) { channels { channel { name } notTargetShare contestedNotTarget } }
    handoffs(period: $period) {
      marketer { fullName } salesperson { fullName }
      leads won lostNotTarget contested overturned medianHoursToAssign medianHoursToClose
    }
  }`;

async function figures(page, period, lead) {
  const data = await api(page, FIGURES, { period });
  return {
    channel: data.dashboard.channels.find((row) => row.channel.name === lead.channel.name),
    pair: data.handoffs.find(
      (row) => row.marketer.fullName === lead.marketer.fullName && row.salesperson.fullName === lead.assignee.fullName,
    ),
  };
}

/** The Team screen's channel cell and ledger row, as text, for the lead's channel and pair. */
async function teamShows(page, period, lead) {
  await page.goto(`${BASE_URL}/team?month=${period}`);
  const ledger = page.locator('table.ledger');
  await ledger.waitFor();
  const channelRow = page.locator('table.channels tbody tr', {
    has: page.locator('th', { hasText: lead.channel.name }),
  });
  const notTarget = await channelRow.locator('td').nth(3).textContent();
  const pairRow = ledger.locator('tbody tr', {
    has: page.locator('th', { hasText: `${lead.marketer.fullName} → ${lead.assignee.fullName}` }),
  });
  const cells = await pairRow.locator('td').allTextContents();
  return { notTarget, cells };
}

const expectedNotTarget = (row) =>
  row.contestedNotTarget > 0
    ? `${percent(row.notTargetShare)} · ${row.contestedNotTarget} contested`
    : percent(row.notTargetShare);

async function noHorizontalScroll(page, width) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `page is ${scrollWidth}px wide at ${width}px (${page.url()})`);
}

async function axeScan(page, label) {
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

let period;
let lead;
const argument = `They asked for a quote twice and had the budget (${Date.now()})`;
const ruling = 'A fair lead: the salesperson called once and gave up';

test('(a) the marketer contests a not-target mark on last month’s lead; Team counts it as contested', async () => {
  const marketer = await signIn(browser, 'marketer');
  const { company } = await api(marketer, '{ company { today } }');
  period = addMonths(company.today.slice(0, 7), -1);
  const { leads } = await api(marketer, NOT_TARGET_LEADS, { period });
  // The screen lists them newest first, as the API does: the first one without a dispute is the first "Contest".
  lead = leads.edges.map((edge) => edge.node).find((node) => !node.dispute);
  assert.ok(lead, `the demo marketer has an undisputed NOT_TARGET lead in ${period}`);
  assert.ok(lead.assignee, 'a salesperson marked it, so it was handed over (the ledger counts it)');
  const before = await figures(marketer, period, lead);

  await marketer.goto(`${BASE_URL}/disputes?month=${period}`);
  await marketer.getByRole('heading', { level: 1, name: 'Disputes' }).waitFor();
  const list = marketer.getByRole('list', { name: 'Your leads marked not target' });
  const item = list.locator(':scope > li', { has: marketer.getByRole('button', { name: 'Contest' }) }).first();
  await item.waitFor();
  assert.match(await item.getByRole('heading').textContent(), new RegExp(`Lead from ${lead.channel.name}`));
  const path = await item.getByRole('list', { name: 'Path of the lead' }).getByRole('listitem').allTextContents();
  assert.match(path[0], new RegExp(`Created by ${lead.marketer.fullName} via ${lead.channel.name}`));
  assert.match(path[1], new RegExp(`Handed to ${lead.assignee.fullName}`));
  assert.match(path[2], /Lost: Not target/);

  await item.getByRole('button', { name: 'Contest' }).click();
  const form = marketer.getByRole('form', { name: /Contest the mark/ });
  const comment = form.getByLabel('Why it was a fair lead');
  await form.getByRole('button', { name: 'Send to the owner' }).click();
  assert.equal(await comment.getAttribute('aria-invalid'), 'true');
  await comment.fill(argument);
  await form.getByRole('button', { name: 'Send to the owner' }).click();
  await form.waitFor({ state: 'detached' });

  // The contested lead now shows its dispute instead of the button (its id is the API's newest dispute).
  const { disputes } = await api(
    marketer,
    `{ disputes(status: OPEN, first: 100) { edges { node { comment lead { id } } } } }`,
  );
  assert.equal(disputes.edges.find((edge) => edge.node.comment === argument)?.node.lead.id, lead.id);
  const openItem = marketer
    .getByRole('list', { name: 'Disputes and rulings' })
    .locator(':scope > li', { hasText: argument });
  await openItem.getByText('Waiting for a ruling').waitFor();

  const after = await figures(marketer, period, lead);
  assert.equal(after.channel.contestedNotTarget, before.channel.contestedNotTarget + 1);
  assert.equal(after.pair.contested, before.pair.contested + 1);
  const shown = await teamShows(marketer, period, lead);
  assert.equal(shown.notTarget, expectedNotTarget(after.channel));
  assert.equal(shown.cells[3], String(after.pair.contested));
  await marketer.context().close();
});

test('(b) the owner overturns it with a comment; the open list empties of it', async () => {
  assert.ok(lead, 'test (a) found a lead');
  const owner = await signIn(browser, 'owner');
  await owner.goto(`${BASE_URL}/disputes`);
  const item = owner.getByRole('list', { name: 'Disputes and rulings' }).locator(':scope > li', { hasText: argument });
  await item.getByRole('button', { name: 'Overturn' }).click();
  const form = owner.getByRole('form', { name: /Rule on the dispute/ });
  await form.getByRole('button', { name: 'Overturn the mark' }).click();
  // The comment is required: the browser says so at the field and nothing is sent.
  await form.getByText('Required').waitFor();
  await form.getByLabel('Your comment on the ruling').fill(ruling);
  await form.getByRole('button', { name: 'Overturn the mark' }).click();
  await item.waitFor({ state: 'detached' });

  await owner.getByRole('button', { name: 'Resolved' }).click();
  const resolved = owner
    .getByRole('list', { name: 'Disputes and rulings' })
    .locator(':scope > li', { hasText: argument });
  await resolved.getByText('Overturned: a fair lead, lost in sales').waitFor();
  await owner.context().close();
});

test('(c) the marketer sees the ruling; the channel table and the ledger show the overturned mark', async () => {
  assert.ok(lead, 'test (a) found a lead');
  const marketer = await signIn(browser, 'marketer');
  await marketer.goto(`${BASE_URL}/disputes?month=${period}`);
  await marketer.getByRole('button', { name: 'Resolved' }).click();
  const item = marketer
    .getByRole('list', { name: 'Disputes and rulings' })
    .locator(':scope > li', { hasText: argument });
  await item.getByText('Overturned: a fair lead, lost in sales').waitFor();
  await item.getByText(ruling).waitFor();

  const { leads } = await api(marketer, NOT_TARGET_LEADS, { period });
  assert.equal(
    leads.edges.some((edge) => edge.node.id === lead.id),
    false,
    'overturned: no longer NOT_TARGET',
  );

  const now = await figures(marketer, period, lead);
  assert.ok(now.pair.overturned >= 1);
  const shown = await teamShows(marketer, period, lead);
  assert.equal(shown.notTarget, expectedNotTarget(now.channel));
  assert.deepEqual(shown.cells.slice(0, 5), [
    String(now.pair.leads),
    String(now.pair.won),
    String(now.pair.lostNotTarget),
    String(now.pair.contested),
    String(now.pair.overturned),
  ]);
  await marketer.context().close();
});

test('(d) Disputes and the ledger: axe-clean, no sideways scrolling, screenshots in both languages and widths', async () => {
  const scan = await signIn(browser, 'owner');
  await scan.goto(`${BASE_URL}/disputes`);
  await scan.getByRole('button', { name: 'All' }).click();
  await scan.getByRole('list', { name: 'Disputes and rulings' }).locator(':scope > li').first().waitFor();
  await axeScan(scan, 'disputes (owner)');
  await scan.context().close();

  for (const language of ['en', 'ru']) {
    for (const width of [390, 1440]) {
      const page = await signIn(browser, 'marketer', { language, width });
      await page.goto(`${BASE_URL}/disputes?month=${period}`);
      await page.locator('.paged-list__items > li').first().waitFor();
      await page.locator('.segmented__option').last().click();
      await page.locator('.dispute-badge').first().waitFor();
      if (language === 'en' && width === 1440) await axeScan(page, 'disputes (marketer)');
      await noHorizontalScroll(page, width);
      await page.screenshot({ path: `${SHOTS}disputes-${language}-${width}.png`, fullPage: true });

      await page.goto(`${BASE_URL}/team?month=${period}`);
      const ledger = page.locator('table.ledger');
      await ledger.waitFor();
      await noHorizontalScroll(page, width);
      await page.screenshot({ path: `${SHOTS}team-ledger-${language}-${width}.png`, fullPage: true });
      await ledger
        .locator('xpath=ancestor::section[1]')
        .screenshot({ path: `${SHOTS}ledger-${language}-${width}.png` });
      await page.context().close();
    }
  }
});
