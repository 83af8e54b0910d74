// SPEC §10 alerts (docs/notifications.md): the owner hands leads to the hunter through the API; the hunter's bell
// count rises without a reload, the panel says it in English and in Russian, opening one and "Mark all read" bring
// the count down. The panel is keyboard-operable and axe-clean; screenshots at 390 and 1440 px in both languages.
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

/** The owner hands a new lead of today to the hunter; returns its id. */
async function handLeadToHunter(owner) {
  const { employees, channels } = await api(
    owner,
    '{ employees { id email } channels(first: 1) { edges { node { id } } } }',
  );
  const id = (email) => employees.find((e) => e.email === email).id;
  const { recordLead } = await api(owner, 'mutation ($i: RecordLeadInput!) { recordLead(input: $i) { id } }', {
    i: {
      channelId: channels.edges[0].node.id,
      marketerId: id('marketer@demo.tandem'),
      assigneeId: id('hunter@demo.tandem'),
      createdAt: new Date().toISOString(),
    },
  });
  return recordLead.id;
}

async function unread(page) {
  const { notifications } = await api(page, '{ notifications { unreadCount } }');
  return notifications.unreadCount;
}

/** Waits (without reloading) until the bell's accessible name is `name`. */
async function waitForBell(page, name, timeout = 10_000) {
  const bell = page.locator('.bell__button');
  const started = Date.now();
  let label = await bell.getAttribute('aria-label');
  while (label !== name && Date.now() - started < timeout) {
    await page.waitForTimeout(100);
    label = await bell.getAttribute('aria-label');
  }
  assert.equal(label, name);
  return Date.now() - started;
}

test('a lead handed over raises the bell live; the panel says it in en; opening one and "Mark all read" lower the count', async () => {
  const hunter = await signIn(browser, 'hunter');
  const owner = await signIn(browser, 'owner');
  await hunter.goto(`${BASE_URL}/`);
  await hunter.locator('.bell__button').waitFor();
  const start = await unread(hunter);
  // The live subscription opens with the page; give the socket a moment to be acknowledged.
  await hunter.waitForTimeout(1000);

  const first = await handLeadToHunter(owner);
  const second = await handLeadToHunter(owner);
  const millis = await waitForBell(hunter, `Notifications, ${start + 2} unread`);
  console.log(`write-to-bell: ${millis} ms`);

  // Keyboard: Enter opens the panel, Escape closes it and gives the focus back.
  await hunter.locator('.bell__button').focus();
  await hunter.keyboard.press('Enter');
  const panel = hunter.getByRole('region', { name: 'Notifications' });
  await panel.waitFor();
  await assert.doesNotReject(
    panel.getByText(new RegExp(`^Lead #${second} was handed to you \\(\\w+ \\d{4}\\)$`)).waitFor(),
  );
  await assert.doesNotReject(panel.getByText(new RegExp(`^Lead #${first} was handed to you`)).waitFor());
  await axeScan(hunter, 'bell panel (en, 1440)');
  await hunter.keyboard.press('Escape');
  assert.equal(await panel.isVisible(), false);
  assert.equal(await hunter.evaluate(() => document.activeElement?.classList.contains('bell__button')), true);

  // Opening one marks it read and goes to the month's leads.
  await hunter.locator('.bell__button').click();
  await panel.getByRole('link', { name: new RegExp(`Lead #${second} was handed`) }).click();
  await hunter.waitForURL((url) => url.pathname === '/records/leads');
  await waitForBell(hunter, `Notifications, ${start + 1} unread`);

  await hunter.locator('.bell__button').click();
  await panel.getByRole('button', { name: 'Mark all read' }).click();
  await waitForBell(hunter, 'Notifications');
  assert.equal(await unread(hunter), 0);
  await hunter.context().close();
  await owner.context().close();
});

test('the panel in Russian and English at 390 and 1440 px: axe-clean, no sideways scrolling, screenshots', async () => {
  const owner = await signIn(browser, 'owner');
  const lead = await handLeadToHunter(owner);
  for (const language of ['ru', 'en']) {
    for (const width of [390, 1440]) {
      const hunter = await signIn(browser, 'hunter', { language, width });
      await hunter.goto(`${BASE_URL}/`);
      const name = language === 'ru' ? /^Уведомления, непрочитанных: \d+$/ : /^Notifications, \d+ unread$/;
      const bell = hunter.getByRole('button', { name });
      await bell.click();
      const panel = hunter.getByRole('region', { name: language === 'ru' ? 'Уведомления' : 'Notifications' });
      const text =
        language === 'ru' ? `^Вам передан лид №${lead} \\(\\S+ \\d{4} г\\.\\)$` : `^Lead #${lead} was handed to you`;
      await panel.getByText(new RegExp(text)).waitFor();
      const overflow = await hunter.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${language} ${width}: no sideways scrolling (${overflow} px)`);
      await axeScan(hunter, `bell panel (${language}, ${width})`);
      await hunter.screenshot({ path: `${SHOTS}notifications-${language}-${width}.png` });
      await hunter.context().close();
    }
  }
  await owner.context().close();
});
