// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core.
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';
export const PASSWORD = 'tandem-demo-1';

export function launch() {
  return chromium.launch({
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
}

/** A new page signed in as a demo user (e.g. "hunter"), in the given language. */
export async function signIn(browser, user, { language = 'en', width = 1440, password = PASSWORD } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: language });
  await context.addInitScript((lang) => window.localStorage.setItem('tandem.language', lang), language);
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel(/e-mail|почта/i).fill(`${user}@demo.tandem`);
  await page.getByLabel(/password|пароль/i).fill(password);
  await page.getByRole('button', { name: /sign in|войти/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/**
 * A KPI card's number as exact text: large amounts show compact ("₽12.3M") with the exact figure in a
 * tooltip, smaller ones show exact.
 */
export async function kpiActual(card) {
  const exact = card.getByTestId('kpi-actual-exact');
  if ((await exact.count()) > 0) return (await exact.textContent()).trim();
  return card.getByTestId('kpi-actual').innerText();
}

/** Waits until a KPI card's number is `expected` (exact text; see kpiActual). */
export async function waitForKpiActual(card, expected) {
  await card
    .getByTestId(/^kpi-actual(-exact)?$/)
    .filter({ hasText: new RegExp(`^\\s*${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) })
    .first()
    .waitFor({ state: 'attached' });
}

/** A GraphQL call from the signed-in page (its session cookie and the web client's header): the whole answer. */
export async function apiAnswer(page, query, variables = {}) {
  return page.evaluate(
    async ([q, v]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-Tandem-Client': 'web' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return res.json();
    },
    [query, variables],
  );
}

/** The same call's data; fails on any error. */
export async function api(page, query, variables = {}) {
  const body = await apiAnswer(page, query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * Clicks `button` until `target` shows, at most `tries` times, `each` ms apart. For idempotent actions
 * (open a panel, run a query) whose click a re-render can swallow: a list fetched again replaces its
 * rows, an editor that finished loading replaces its toolbar. Every retry is logged, so a click that
 * needs one shows up in the test output instead of hiding.
 */
export async function clickUntilVisible(button, target, { tries = 3, each = 10000, what = 'the click' } = {}) {
  for (let attempt = 1; ; attempt++) {
    // A toggle that is already open (aria-expanded) would close again: then only wait longer.
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    try {
      await target.waitFor({ timeout: each });
      return;
    } catch (error) {
      if (attempt >= tries) throw error;
      console.log(`${what}: nothing after ${each} ms (attempt ${attempt}), clicking again`);
    }
  }
}
