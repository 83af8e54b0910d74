// The weekly digest on the Account page in real Chromium: the e-mail as it would go out now in a sandboxed frame,
// the switch that turns it off (saved with the person), and the language picked in the header saved with the
// person too (the e-mail follows it). Everything changed here is set back for the other browser tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { api, launch, signIn } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

let browser;
let cleanup = null;

before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  try {
    if (cleanup) {
      const page = await signIn(browser, 'farmer');
      await api(page, 'mutation { setDigestSubscription(enabled: true) { id } setLanguage(language: EN) { id } }');
    }
  } finally {
    await browser?.close();
  }
});

async function openAccount(page) {
  await page.getByRole('button', { name: /^(Account menu for|Меню пользователя)/ }).click();
  await page.getByRole('link', { name: /^(Account|Учётная запись)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^(Account|Учётная запись)$/ }).waitFor();
}

test('the farmer sees their digest in a sandboxed frame, turns it off and on, and their language is saved', async () => {
  cleanup = true;
  const page = await signIn(browser, 'farmer');
  await openAccount(page);
  const card = page.getByRole('region', { name: 'Weekly digest' });
  await card.waitFor();

  // The demo has no SMTP: the preview still shows, and says nobody gets it yet.
  await card.getByText('E-mail is not configured on this server').waitFor();
  const frame = card.locator('iframe');
  assert.equal(await frame.getAttribute('sandbox'), '');
  assert.equal(await frame.getAttribute('title'), 'Preview of your weekly digest');
  const srcdoc = await frame.getAttribute('srcdoc');
  const { me } = await api(page, '{ me { fullName digestSubscription } }');
  assert.ok(srcdoc.includes(`Hello, ${me.fullName}!`), srcdoc.slice(0, 500));
  assert.ok(srcdoc.includes('My KPIs in'));
  // What the frame shows is that HTML, and it runs no script (sandbox="" allows none).
  const inside = page.frameLocator('.account__digest-frame');
  await inside.getByRole('heading', { name: `Hello, ${me.fullName}!` }).waitFor();
  assert.match(await card.locator('.account__digest-subject strong').innerText(), /^Tandem: your week, /);

  // Off: saved on the server, still off after a reload.
  const toggle = card.getByRole('switch', { name: 'Send me the weekly digest' });
  assert.equal(await toggle.isChecked(), true);
  await toggle.click();
  await card.getByText('You do not get the digest.').waitFor();
  assert.equal((await api(page, '{ me { digestSubscription } }')).me.digestSubscription, false);
  await page.reload();
  await page.getByRole('region', { name: 'Weekly digest' }).getByText('You do not get the digest.').waitFor();
  assert.equal(await page.getByRole('switch', { name: 'Send me the weekly digest' }).isChecked(), false);
  await page.getByRole('switch', { name: 'Send me the weekly digest' }).click();
  await page.getByText('You get the digest every Monday.').waitFor();
  assert.equal((await api(page, '{ me { digestSubscription } }')).me.digestSubscription, true);

  // Switching to Russian in the header saves it with the person; the preview (the e-mail) follows.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'RU' }).click();
  const ru = page.getByRole('region', { name: 'Еженедельная сводка' });
  await ru.locator('.account__digest-subject strong', { hasText: /^Tandem: ваша неделя, / }).waitFor();
  assert.equal((await api(page, '{ me { language } }')).me.language, 'RU');
  await page
    .frameLocator('.account__digest-frame')
    .getByRole('heading', { name: `Здравствуйте, ${me.fullName}!` })
    .waitFor();
  // Another browser (no stored choice there) gets the same language for the e-mail: it is the person's, not the browser's.
  const elsewhere = await signIn(browser, 'farmer', { language: 'en' });
  assert.equal((await api(elsewhere, '{ digestPreview { language } }')).digestPreview.language, 'RU');
  await elsewhere.context().close();

  await page.getByRole('group', { name: 'Язык' }).getByRole('button', { name: 'EN' }).click();
  await page
    .getByRole('region', { name: 'Weekly digest' })
    .locator('.account__digest-subject strong', { hasText: /^Tandem: your week, / })
    .waitFor();
  assert.equal((await api(page, '{ me { language } }')).me.language, 'EN');
  await page.context().close();
});

test('Account with the digest: axe-clean, no sideways scrolling, screenshots in en and ru at 1440 and 390 px', async () => {
  cleanup = true;
  for (const language of ['en', 'ru']) {
    for (const width of [1440, 390]) {
      const page = await signIn(browser, 'owner', { language, width });
      await openAccount(page);
      await page.locator('.account__digest-frame').waitFor();
      await page.frameLocator('.account__digest-frame').locator('h1').waitFor();
      await page.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await page.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
      });
      assert.deepEqual(violations, [], `${language} ${width}: ${JSON.stringify(violations)}`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `Account is ${scrollWidth}px wide at ${width}px (${language})`);
      await page.screenshot({ path: `${SHOTS}account-digest-${language}-${width}.png`, fullPage: true });
      // Chromium paints a frame below the fold only once it is scrolled to: the e-mail itself, on its own.
      const frame = page.locator('.account__digest-frame');
      await frame.scrollIntoViewIfNeeded();
      await frame.screenshot({ path: `${SHOTS}account-digest-frame-${language}-${width}.png` });
      await page.context().close();
    }
  }
});
