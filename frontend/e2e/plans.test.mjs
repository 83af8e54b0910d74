// The Plans screen in real Chromium: a month switch starts the forms from the new month's saved
// targets (Save used to write the old month's typing into it), money typed the way each language
// writes it, and screenshots of the screen with its coverage. Only future months are changed, so
// the current month's goal and plans stay as the other browser tests leave them.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { api, BASE_URL, launch, signIn } from './browser.mjs';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const NBSP = '\u00a0';

let browser;
before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

const GOAL = `query ($p: YearMonth!) { sharedGoal(period: $p) { turnoverTarget grossMarginTarget version } }`;

async function goalOf(page, period) {
  return (await api(page, GOAL, { p: period })).sharedGoal;
}

async function setGoal(page, period, turnoverTarget, grossMarginTarget) {
  const current = await goalOf(page, period);
  await api(page, `mutation ($input: SetSharedGoalInput!) { setSharedGoal(input: $input) { version } }`, {
    input: { period, turnoverTarget, grossMarginTarget, expectedVersion: current?.version ?? 0 },
  });
}

function addMonths(period, months) {
  const [y, m] = period.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

async function currentPeriod(page) {
  const { company } = await api(page, `query { company { today } }`);
  return company.today.slice(0, 7);
}

/** The error a field is described by (the first id of aria-describedby). */
async function errorOf(page, input) {
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  return page.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText();
}

test('after a month switch the Plans forms show that month’s targets, and Save writes that month only', async () => {
  const owner = await signIn(browser, 'owner');
  const current = await currentPeriod(owner);
  const next = addMonths(current, 1);
  await setGoal(owner, next, '7000000', '2100000');
  const currentGoal = await goalOf(owner, current);

  await owner.goto(`${BASE_URL}/plans`);
  const goal = owner.getByRole('form', { name: 'Shared goal' });
  const turnover = goal.getByLabel('Turnover target');
  await turnover.waitFor();
  // Typed, never saved: it must not follow the owner into the next month.
  await turnover.fill('1234');
  await goal.getByLabel('Gross margin target').fill('99');

  await owner.getByRole('button', { name: 'Next month' }).click();
  await owner.waitForURL((url) => url.searchParams.get('month') === next);
  await owner.waitForFunction(() => document.querySelector('input[name="turnoverTarget"]')?.value === '7,000,000');
  assert.equal(await goal.getByLabel('Gross margin target').inputValue(), '2,100,000');

  await turnover.fill('7,500,000');
  await goal.getByRole('button', { name: 'Save shared goal' }).click();
  await goal.getByText('Shared goal saved').waitFor();

  const saved = await goalOf(owner, next);
  assert.equal(Number(saved.turnoverTarget), 7500000);
  assert.equal(Number(saved.grossMarginTarget), 2100000);
  assert.deepEqual(await goalOf(owner, current), currentGoal);
  await owner.context().close();
});

test('money is typed the way each language writes it; the other way gets an error and nothing is saved', async () => {
  const owner = await signIn(browser, 'owner');
  const month = addMonths(await currentPeriod(owner), 2);
  await setGoal(owner, month, '1000000', '300000');

  await owner.goto(`${BASE_URL}/plans?month=${month}`);
  const goal = owner.getByRole('form', { name: 'Shared goal' });
  const turnover = goal.getByLabel('Turnover target');
  await owner.waitForFunction(() => document.querySelector('input[name="turnoverTarget"]')?.value === '1,000,000');

  await turnover.fill('1 000,50');
  await turnover.press('Tab');
  assert.equal(await turnover.getAttribute('aria-invalid'), 'true');
  assert.equal(
    await errorOf(owner, turnover),
    'Use a comma between thousands and a point before the cents, e.g. 4,050,000.50',
  );
  await goal.getByRole('button', { name: 'Save shared goal' }).click();
  assert.equal(Number((await goalOf(owner, month)).turnoverTarget), 1000000);

  await turnover.fill('4050000.5');
  await turnover.press('Tab');
  assert.equal(await turnover.inputValue(), '4,050,000.50');
  assert.equal(await turnover.getAttribute('aria-invalid'), null);
  await goal.getByLabel('Gross margin target').fill('1,215,000');
  await goal.getByRole('button', { name: 'Save shared goal' }).click();
  await goal.getByText('Shared goal saved').waitFor();
  let saved = await goalOf(owner, month);
  assert.equal(saved.turnoverTarget, '4050000.50');
  assert.equal(Number(saved.grossMarginTarget), 1215000);
  await owner.context().close();

  const ru = await signIn(browser, 'owner', { language: 'ru' });
  await ru.goto(`${BASE_URL}/plans?month=${month}`);
  const form = ru.getByRole('form', { name: 'Общая цель' });
  const oborot = form.getByLabel('План по обороту');
  await ru.waitForFunction(
    (expected) => document.querySelector('input[name="turnoverTarget"]')?.value === expected,
    `4${NBSP}050${NBSP}000,50`,
  );

  await oborot.fill('1,000.50');
  await oborot.press('Tab');
  assert.equal(await oborot.getAttribute('aria-invalid'), 'true');
  assert.equal(await errorOf(ru, oborot), 'Разделяйте тысячи пробелом, а копейки — запятой, например 4 050 000,50');
  await form.getByRole('button', { name: 'Сохранить общую цель' }).click();
  assert.equal((await goalOf(ru, month)).turnoverTarget, '4050000.50');

  await oborot.fill('5 000 000,5');
  await oborot.press('Tab');
  assert.equal(await oborot.inputValue(), `5${NBSP}000${NBSP}000,50`);
  await form.getByRole('button', { name: 'Сохранить общую цель' }).click();
  await form.getByText('Общая цель сохранена').waitFor();
  saved = await goalOf(ru, month);
  assert.equal(saved.turnoverTarget, '5000000.50');
  await ru.context().close();
});

test('the Plans screen shows the plan coverage; screenshots in en and ru at 1440 and 390 px', async () => {
  for (const language of ['en', 'ru']) {
    for (const width of [1440, 390]) {
      const owner = await signIn(browser, 'owner', { language, width });
      await owner.goto(`${BASE_URL}/plans`);
      const heading = language === 'en' ? 'Plan coverage' : 'Покрытие цели планами';
      await owner.getByRole('heading', { name: heading }).waitFor();
      await owner.locator('.coverage').waitFor();
      const scrollWidth = await owner.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `Plans is ${scrollWidth}px wide at ${width}px (${language})`);
      await owner.screenshot({ path: `${SHOTS}plans-${language}-${width}.png`, fullPage: true });
      await owner.context().close();
    }
  }
});
