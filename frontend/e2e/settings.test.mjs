// The owner's Settings screen in real Chromium: the pace basis, a year's working calendar, and closing
// a month (then nothing dated in it can be written, not even by the owner) and reopening it with a
// reason. Everything it changes is put back, so the other browser tests see the demo as it was.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { BASE_URL, api, apiAnswer, launch, signIn } from './browser.mjs';

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
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Waits (up to 10 s) until `check` answers true: a save the screen has sent but not yet confirmed. */
async function eventually(what, check) {
  for (let i = 0; i < 40; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail(`${what} never arrived`);
}

async function openSettings(page) {
  await page.goto(`${BASE_URL}/settings`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

test('the owner switches the pace basis and edits next year’s calendar; both are saved and put back', async () => {
  const owner = await signIn(browser, 'owner');
  // Owners reach Settings from the account menu.
  await owner.getByRole('button', { name: /^Account menu for / }).click();
  await owner.getByRole('link', { name: 'Company settings' }).click();
  await owner.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  const { company } = await api(owner, '{ company { today paceBasis } }');
  assert.equal(company.paceBasis, 'WORKING_DAYS');

  const pace = owner.getByRole('form', { name: 'How pace is counted' });
  assert.equal(await pace.getByRole('radio', { name: /Working days/ }).isChecked(), true);
  await pace.getByRole('radio', { name: /Calendar days/ }).check();
  await pace.getByRole('button', { name: 'Save' }).click();
  await pace.getByText('Saved').waitFor();
  assert.equal((await api(owner, '{ company { paceBasis } }')).company.paceBasis, 'CALENDAR_DAYS');
  await pace.getByRole('radio', { name: /Working days/ }).check();
  await pace.getByRole('button', { name: 'Save' }).click();
  await eventually(
    'working days again',
    async () => (await api(owner, '{ company { paceBasis } }')).company.paceBasis === 'WORKING_DAYS',
  );

  const next = Number(company.today.slice(0, 4)) + 1;
  await owner.getByLabel('Year').selectOption(String(next));
  const calendar = owner.getByRole('form', { name: `Working calendar ${next}` });
  await calendar.waitFor();
  const before = (await api(owner, 'query($y: Int!) { company { nonWorkingDays(year: $y) } }', { y: next })).company
    .nonWorkingDays;
  // A weekday in March that is not a holiday yet.
  const holiday = [9, 10, 11, 12, 13, 16]
    .map((d) => `${next}-03-${String(d).padStart(2, '0')}`)
    .find((d) => !before.includes(d));
  const holidays = calendar.getByRole('region', { name: 'Holidays (not worked)' });
  await holidays.getByLabel('Date').fill(holiday);
  await holidays.getByRole('button', { name: 'Add' }).click();
  await calendar.getByRole('button', { name: `Save the ${next} calendar` }).click();
  await calendar.getByText('Saved').waitFor();
  const saved = (await api(owner, 'query($y: Int!) { company { nonWorkingDays(year: $y) } }', { y: next })).company
    .nonWorkingDays;
  assert.deepEqual(saved, [...before, holiday].sort());

  // A date of another year is refused at the field, before anything is sent.
  await holidays.getByLabel('Date').fill(`${next + 1}-01-02`);
  await holidays.getByText(`Pick a date in ${next}`).waitFor();
  assert.equal(await holidays.getByRole('button', { name: 'Add' }).isDisabled(), true);

  await holidays
    .locator('li', { has: owner.locator(`time[datetime="${holiday}"]`) })
    .getByRole('button')
    .click();
  await calendar.getByRole('button', { name: `Save the ${next} calendar` }).click();
  await eventually('the calendar as before', async () => {
    const { company: now } = await api(owner, 'query($y: Int!) { company { nonWorkingDays(year: $y) } }', { y: next });
    return JSON.stringify(now.nonWorkingDays) === JSON.stringify(before);
  });
});

test('a closed month refuses every write, the owner’s too, until it is reopened with a reason', async () => {
  const owner = await signIn(browser, 'owner');
  await openSettings(owner);
  const { company, channels } = await api(
    owner,
    '{ company { today } channels(first: 1) { edges { node { id marketer { id } } } } }',
  );
  const period = addMonths(company.today.slice(0, 7), -12);
  const [year, month] = period.split('-').map(Number);
  const monthName = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );

  await owner.getByLabel('Month to close').selectOption(period);
  owner.once('dialog', (dialog) => dialog.accept());
  await owner.getByRole('button', { name: 'Close the month' }).click();
  const closedList = owner.getByRole('list', { name: 'Closed months' });
  await closedList.getByText(monthName, { exact: true }).waitFor();

  const channel = channels.edges[0].node;
  const answer = await apiAnswer(owner, 'mutation($i: RecordSpendInput!) { recordSpend(input: $i) { id } }', {
    i: { channelId: channel.id, marketerId: channel.marketer?.id, day: `${period}-15`, amount: '100.00' },
  });
  assert.equal(answer.errors?.[0]?.extensions?.classification, 'FORBIDDEN');
  assert.match(answer.errors[0].message, new RegExp(`^${period} is closed`));

  await owner.getByRole('button', { name: `Reopen ${monthName}` }).click();
  const reopen = owner.getByRole('form', { name: `Reopen ${monthName}` });
  await reopen.getByRole('button', { name: 'Reopen' }).click();
  await reopen.getByText('Required').waitFor();
  await reopen.getByLabel('Why reopen it').fill('A supplier invoice came in late');
  await reopen.getByRole('button', { name: 'Reopen' }).click();
  await owner.getByText('No month is closed.').waitFor();
  await owner
    .getByText(/reopened by Olga Smirnova/)
    .first()
    .waitFor();
  const history = (await api(owner, '{ periodCloseHistory { period action reason } }')).periodCloseHistory;
  assert.deepEqual(history.slice(0, 2), [
    { period, action: 'REOPEN', reason: 'A supplier invoice came in late' },
    { period, action: 'CLOSE', reason: null },
  ]);
});

test('an employee has no Settings: not in the menu, and the address does not exist for them', async () => {
  const hunter = await signIn(browser, 'hunter');
  await hunter.getByRole('button', { name: /^Account menu for / }).click();
  await hunter.getByRole('link', { name: 'Account' }).waitFor();
  assert.equal(await hunter.getByRole('link', { name: 'Company settings' }).count(), 0);
  await hunter.goto(`${BASE_URL}/settings`);
  await hunter.getByRole('heading', { level: 1 }).waitFor();
  assert.notEqual(await hunter.getByRole('heading', { level: 1 }).innerText(), 'Settings');
  assert.equal(await hunter.locator('.settings').count(), 0);
});

test('Settings: axe-clean, no sideways scrolling, screenshots in en and ru at 1440 and 390 px', async () => {
  for (const language of ['en', 'ru']) {
    for (const width of [1440, 390]) {
      const owner = await signIn(browser, 'owner', { language, width });
      await openSettings(owner);
      await owner.locator('.settings').waitFor();
      await owner.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await owner.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
      });
      assert.deepEqual(violations, [], `${language} ${width}: ${JSON.stringify(violations)}`);
      const scrollWidth = await owner.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `Settings is ${scrollWidth}px wide at ${width}px (${language})`);
      await owner.screenshot({ path: `${SHOTS}settings-${language}-${width}.png`, fullPage: true });
      await owner.context().close();
    }
  }
});
