// Issue 13 item 2: the web app says what went wrong by the answer's extensions.code, in the person's language,
// never in the API's English message. A Russian UI meets a CONFLICT (a channel name taken) and validation errors
// (a name too long, a wrong password) and shows them in Russian, each at its field. Nothing is saved.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { BASE_URL, api, launch, signIn } from './browser.mjs';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

let browser;
before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

/** The text of the error under a field (the first id in its aria-describedby). */
async function errorAt(page, name) {
  await page.waitForFunction(
    (n) => document.querySelector(`input[name="${n}"]`)?.getAttribute('aria-invalid') === 'true',
    name,
  );
  const describedBy = await page.locator(`input[name="${name}"]`).getAttribute('aria-describedby');
  return page.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText();
}

const CYRILLIC = /[а-яё]/i;

const LABELS = {
  ru: { form: 'Новый канал', name: 'Название', submit: 'Добавить канал', words: CYRILLIC },
  en: { form: 'Add a channel', name: 'Name', submit: 'Add channel', words: /[a-z]/i },
};

test('a Russian UI says a CONFLICT and a validation error in Russian at their field, not in the API’s English', async () => {
  for (const [language, width] of [
    ['ru', 1440],
    ['ru', 390],
    ['en', 1440],
    ['en', 390],
  ]) {
    const labels = LABELS[language];
    const owner = await signIn(browser, 'owner', { language, width });
    const { channels } = await api(owner, '{ channels(first: 100) { totalCount edges { node { name } } } }');
    const taken = channels.edges[0].node.name;
    await owner.goto(`${BASE_URL}/records/channels`);
    const form = owner.getByRole('form', { name: labels.form });
    await form.waitFor();

    // CONFLICT: the API says 'A channel named "…" exists already'; the page says it in Russian.
    const answers = [];
    owner.on('response', async (response) => {
      if (response.url().endsWith('/graphql') && response.request().postData()?.includes('CreateChannel')) {
        answers.push(await response.json());
      }
    });
    await form.getByLabel(labels.name, { exact: true }).fill(taken);
    await form.getByRole('button', { name: labels.submit }).click();
    const conflict = await errorAt(owner, 'name');
    assert.match(conflict, labels.words, conflict);
    assert.doesNotMatch(conflict, /exists already|channel named/i);
    await owner.screenshot({ path: `${SHOTS}error-codes-conflict-${language}-${width}.png`, fullPage: true });
    assert.equal(answers.at(-1)?.errors?.[0]?.extensions?.code, 'CONFLICT');

    // A validation error (INVALID_INPUT at name): in Russian as well.
    await form.getByLabel(labels.name, { exact: true }).fill('Д'.repeat(201));
    await form.getByRole('button', { name: labels.submit }).click();
    await owner.waitForFunction((previous) => {
      const input = document.querySelector('input[name="name"]');
      const error = input && document.getElementById(input.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
      return error && error.textContent !== previous;
    }, conflict);
    const invalid = await errorAt(owner, 'name');
    assert.match(invalid, labels.words, invalid);
    assert.doesNotMatch(invalid, /^name |must be at most/i);
    assert.equal(answers.at(-1)?.errors?.[0]?.extensions?.code, 'INVALID_INPUT');
    await owner.screenshot({ path: `${SHOTS}error-codes-invalid-${language}-${width}.png`, fullPage: true });

    // Nothing was added.
    const after = await api(owner, '{ channels(first: 100) { totalCount } }');
    assert.equal(after.channels.totalCount, channels.totalCount);
    await owner.context().close();
  }
});

test('the sign-in page translates a wrong password by its code, in Russian and in English', async () => {
  for (const [language, expected] of [
    ['ru', 'Неверная эл. почта или пароль'],
    ['en', 'Wrong e-mail or password'],
  ]) {
    const context = await browser.newContext({ locale: language });
    await context.addInitScript((lang) => window.localStorage.setItem('tandem.language', lang), language);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/login`);
    await page.getByLabel(/e-mail|почта/i).fill('nobody@demo.tandem');
    await page.getByLabel(/password|пароль/i).fill('not-the-password-at-all');
    await page.getByRole('button', { name: /sign in|войти/i }).click();
    await page.getByRole('alert').getByText(expected).waitFor();
    await context.close();
  }
});
