import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, launch, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a deep link opens the sign-in page, and the hunter lands on My month', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/team`);
  await page.waitForURL(/\/login/);
  await context.close();

  const hunter = await signIn(browser, 'hunter');
  await hunter.getByRole('heading', { name: 'My month' }).waitFor();
  await hunter.locator('main').getByText('Gross margin').first().waitFor();
  assert.match(await hunter.locator('main').innerText(), /Turnover/);
  await hunter.context().close();
});
