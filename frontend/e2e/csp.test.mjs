import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { BASE_URL, launch, PASSWORD } from './browser.mjs';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

// Issue 5, part 3: the pages pass their Content-Security-Policy. Every violation the browser
// reports (the `securitypolicyviolation` event) is collected from the first script on.
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function watchedPage() {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return context.newPage();
}

test('the web app runs under its policy: no violation from sign-in to My month and Team', async () => {
  const page = await watchedPage();
  const response = await page.goto(`${BASE_URL}/login`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
  await page.getByLabel(/e-mail|почта/i).fill('owner@demo.tandem');
  await page.getByLabel(/password|пароль/i).fill(PASSWORD);
  await page.getByRole('button', { name: /sign in|войти/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('main h1').first().waitFor();
  await page.goto(`${BASE_URL}/team`);
  await page.locator('main h1').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.context().close();
});

test("GraphiQL comes from the app's own bundle and runs a query under the app's policy, offline", async () => {
  const page = await watchedPage();
  // Nothing may come from elsewhere (the old page loaded GraphiQL from a CDN).
  const foreign = [];
  await page.route(
    (url) => url.origin !== BASE_URL,
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  const response = await page.goto(`${BASE_URL}/graphiql`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /script-src 'self';/);
  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.waitFor();
  await page.evaluate(() => {
    // Named as the example it replaces: GraphiQL reads the operation's name from the editor after a
    // pause, and a click before that sent the example's name with this text ("Unknown operation").
    document
      .querySelector('.graphiql-query-editor .CodeMirror')
      .CodeMirror.setValue('query Company { company { name currency } }');
  });
  const result = page.locator('.result-window');
  await page.getByRole('button', { name: /execute query/i }).click();
  await result.getByText('"currency"').waitFor();
  assert.match(await result.innerText(), /"name": "[^"]+"/);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SHOTS}graphiql-1440.png` });
  assert.deepEqual(foreign, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.context().close();
});
