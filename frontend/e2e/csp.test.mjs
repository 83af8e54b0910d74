import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, launch, PASSWORD } from './browser.mjs';

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

test('the check above notices a policy GraphiQL does not pass (the same page without the scripts\' hashes)', async () => {
  const page = await watchedPage();
  await page.route('https://esm.sh/**', (route) => route.abort());
  await page.route((url) => url.origin === BASE_URL && url.pathname === '/graphiql', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    headers['content-security-policy'] = headers['content-security-policy'].replace(/ 'sha256-[^']+'/g, '');
    await route.fulfill({ response, headers });
  });
  await page.goto(`${BASE_URL}/graphiql?path=/graphql`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  const violations = await page.evaluate(() => window.__violations);
  assert.ok(violations.some((v) => v.startsWith('script-src')), `violations: ${violations.join(', ')}`);
  await page.context().close();
});

test('GraphiQL runs its own inline scripts under its policy (only the CDN, unreachable here, is missing)', async () => {
  const page = await watchedPage();
  // No internet here: answer the CDN's requests with a network error at once instead of waiting for DNS.
  const cdn = [];
  await page.route('https://esm.sh/**', (route) => {
    cdn.push(route.request().url());
    return route.abort();
  });
  const response = await page.goto(`${BASE_URL}/graphiql`);
  assert.equal(response.status(), 200);
  const policy = response.headers()['content-security-policy'];
  assert.match(policy, /script-src 'self' https:\/\/esm\.sh data: 'sha256-/);
  await page.waitForLoadState('load');
  // The inline start-up module was allowed (its imports, mapped by the inline import map, were
  // requested from the CDN; a refused module fetches nothing), and nothing was refused by the policy.
  await page.waitForTimeout(500);
  assert.ok(
    cdn.some((url) => url.startsWith('https://esm.sh/react@')),
    `the start-up module imported React through the import map: ${cdn.join(', ')}`,
  );
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.context().close();
});
