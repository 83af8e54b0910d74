// Screenshots of the main screens for a look by eye (the browser test suite comes later).
//   TANDEM_BACKEND_URL=http://localhost:18082 npm run dev   (or npm run build && npx vite preview)
//   BASE_URL=http://localhost:5173 node e2e/screenshot.mjs
// Writes e2e/screenshots/<user>-<screen>-<lang>-<width>.png and reports pages wider than the window.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:5173';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'tandem-demo-1';
const USERS = (process.env.USERS ?? 'hunter,marketer,farmer,owner').split(',');
const LANGUAGES = (process.env.LANGS ?? 'en,ru').split(',');
const WIDTHS = (process.env.WIDTHS ?? '390,1440').split(',').map(Number);
const SCREENS = [
  { name: 'my-month', path: '/' },
  { name: 'team', path: '/team' },
  { name: 'account', path: '/account' },
];
const out = fileURLToPath(new URL('./screenshots/', import.meta.url));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

await mkdir(out, { recursive: true });
const problems = [];

async function shoot(user, language, width) {
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 844 : 900 },
    deviceScaleFactor: 1,
    locale: language === 'ru' ? 'ru-RU' : 'en-US',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${user}/${language}/${width}: page error ${error.message}`));
  await page.goto(`${BASE_URL}/login`);
  await page.locator('input[name=email]').fill(`${user}@demo.tandem`);
  await page.locator('input[name=password]').fill(PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.locator('main h1').first().waitFor();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));

  for (const screen of SCREENS) {
    await page.goto(`${BASE_URL}${screen.path}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400); // chart animations
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) problems.push(`${user}/${screen.name}/${language}/${width}: ${overflow}px horizontal overflow`);
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== language) problems.push(`${user}/${screen.name}/${language}/${width}: <html lang="${lang}">`);
    await page.screenshot({ path: `${out}${user}-${screen.name}-${language}-${width}.png`, fullPage: true });
  }
  await context.close();
}

async function shootLogin(language, width) {
  const context = await browser.newContext({
    viewport: { width, height: 844 },
    locale: language === 'ru' ? 'ru-RU' : 'en-US',
  });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/login`);
  await page.locator('main h1').waitFor();
  await page.screenshot({ path: `${out}login-${language}-${width}.png`, fullPage: true });
  await context.close();
}

for (const language of LANGUAGES) {
  for (const width of WIDTHS) {
    await shootLogin(language, width);
    for (const user of USERS) await shoot(user, language, width);
  }
}
await browser.close();

if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  console.log(`Screenshots in ${out}`);
}
