// Passwords in real Chromium: the hunter changes theirs on Account (this browser stays signed in,
// another browser of theirs is signed out), and the owner sets a new one for a colleague on People.
// The demo company is shared by every test file of a run (and may be a developer's dev server), so
// each password changed here is set back to the demo password at the end, even when a step fails.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, PASSWORD, launch, signIn } from './browser.mjs';

const HUNTER_NEW = 'e2e-hunter-new-pass-1';
// No other test signs in as Dmitry Orlov (a marketer of the demo company).
const COLLEAGUE = 'dmitry.orlov';
const COLLEAGUE_NEW = 'e2e-dmitry-new-pass-1';

let browser;
/** Whose password may differ from the demo password right now: `after` sets it back. */
const changed = { hunter: false, colleague: false };

before(async () => {
  browser = await launch();
});

after(async () => {
  try {
    // Through the API as a mobile client would (bearer token): works whatever state the pages are in.
    const hunter = changed.hunter && (await login('hunter', HUNTER_NEW));
    if (hunter) {
      await graphql(
        hunter,
        'mutation ($c: String, $n: String) { changePassword(currentPassword: $c, newPassword: $n) { expiresAt } }',
        {
          c: HUNTER_NEW,
          n: PASSWORD,
        },
      );
    }
    if (changed.colleague) {
      const token = await login('owner', PASSWORD);
      const { employees } = await graphql(token, '{ employees { id email } }');
      const id = employees.find((e) => e.email === `${COLLEAGUE}@demo.tandem`).id;
      await graphql(
        token,
        'mutation ($id: ID, $n: String) { resetPassword(employeeId: $id, newPassword: $n) { id } }',
        {
          id,
          n: PASSWORD,
        },
      );
    }
  } finally {
    await browser?.close();
  }
});

async function post(token, query, variables) {
  const res = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

async function graphql(token, query, variables = {}) {
  const body = await post(token, query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** A bearer token, or null when the password is not (or no longer) this person's. */
async function login(user, password) {
  const body = await post(
    null,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    {
      e: `${user}@demo.tandem`,
      p: password,
    },
  );
  return body.data?.login.accessToken ?? null;
}

/** The text of the error under a field (the first id in its aria-describedby). */
async function errorAt(page, name) {
  const input = page.locator(`input[name="${name}"]`);
  await page.waitForFunction(
    (n) => document.querySelector(`input[name="${n}"]`)?.getAttribute('aria-invalid') === 'true',
    name,
  );
  const describedBy = await input.getAttribute('aria-describedby');
  return page.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText();
}

async function expectWrongPassword(browser, user, password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('E-mail').fill(`${user}@demo.tandem`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Wrong e-mail or password').waitFor();
  await context.close();
}

test('the hunter changes their password on Account: this browser stays signed in, their other one is signed out', async () => {
  const a = await signIn(browser, 'hunter');
  const b = await signIn(browser, 'hunter');
  await a.locator('article[data-metric]').first().waitFor();
  await b.locator('article[data-metric]').first().waitFor();

  await a.getByRole('button', { name: /^Account menu for / }).click();
  await a.getByRole('link', { name: 'Account', exact: true }).click();
  await a.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
  await a.getByRole('region', { name: 'You' }).getByText('hunter@demo.tandem').waitFor();

  const form = a.getByRole('form', { name: 'Change password' });
  const sent = [];
  a.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('ChangePassword')) sent.push(request);
  });

  // The repeat is checked in the browser: nothing goes to the server.
  await form.getByLabel('Current password').fill(PASSWORD);
  await form.getByLabel('New password', { exact: true }).fill(HUNTER_NEW);
  await form.getByLabel('Repeat the new password').fill(`${HUNTER_NEW}x`);
  await form.getByRole('button', { name: 'Change password' }).click();
  assert.equal(await errorAt(a, 'repeatPassword'), 'The passwords do not match');
  assert.equal(sent.length, 0);

  // A wrong current password is refused at its field.
  await form.getByLabel('Current password').fill('not-the-password-1');
  await form.getByLabel('Repeat the new password').fill(HUNTER_NEW);
  await form.getByRole('button', { name: 'Change password' }).click();
  assert.equal(await errorAt(a, 'currentPassword'), 'The current password is wrong');
  assert.equal(await form.getByLabel('Repeat the new password').getAttribute('aria-invalid'), null);

  await form.getByLabel('Current password').fill(PASSWORD);
  changed.hunter = true;
  await form.getByRole('button', { name: 'Change password' }).click();
  await form.getByText('Password changed. You were signed out everywhere else.').waitFor();
  for (const label of ['Current password', 'Repeat the new password']) {
    assert.equal(await form.getByLabel(label).inputValue(), '');
  }
  assert.equal(await form.getByLabel('New password', { exact: true }).inputValue(), '');

  // A still works: My month loads its figures from the server, also after a reload (the fresh cookie).
  const myMonth = a.waitForResponse(
    (res) => res.url().endsWith('/graphql') && res.request().postData()?.includes('MyMonth'),
  );
  await a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My month' }).click();
  const answer = await myMonth;
  assert.equal(answer.status(), 200);
  assert.equal((await answer.json()).errors, undefined);
  await a.locator('article[data-metric]').first().waitFor();
  await a.reload();
  await a.getByRole('heading', { name: 'My month', level: 1 }).waitFor();
  await a.locator('article[data-metric]').first().waitFor();
  assert.ok(!new URL(a.url()).pathname.startsWith('/login'));

  // B's next request is refused: back to the sign-in page, which says why.
  await b.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await b.waitForURL((url) => url.pathname.startsWith('/login'));
  await b.getByText('Your session has expired, please sign in again').waitFor();

  // The old password no longer signs in; the new one does.
  await expectWrongPassword(browser, 'hunter', PASSWORD);
  const again = await signIn(browser, 'hunter', { password: HUNTER_NEW });
  await again.getByRole('heading', { name: 'My month', level: 1 }).waitFor();

  // Back to the demo password through the same form (the other tests sign in with it).
  await again.goto(`${BASE_URL}/account`);
  const restore = again.getByRole('form', { name: 'Change password' });
  await restore.getByLabel('Current password').fill(HUNTER_NEW);
  await restore.getByLabel('New password', { exact: true }).fill(PASSWORD);
  await restore.getByLabel('Repeat the new password').fill(PASSWORD);
  await restore.getByRole('button', { name: 'Change password' }).click();
  await restore.getByText('Password changed. You were signed out everywhere else.').waitFor();
  changed.hunter = false;
  assert.ok(await login('hunter', PASSWORD), 'the demo password works again');

  await Promise.all([a.context().close(), b.context().close(), again.context().close()]);
});

test('the owner sets a new password for a colleague on People: the colleague is signed out and signs in with it', async () => {
  const colleague = await signIn(browser, COLLEAGUE);
  await colleague.getByRole('heading', { name: 'My month', level: 1 }).waitFor();
  const owner = await signIn(browser, 'owner');
  const me = await owner.evaluate(async () => {
    const res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Tandem-Client': 'web' },
      body: JSON.stringify({ query: '{ me { fullName } employees { fullName email } }' }),
    });
    return (await res.json()).data;
  });
  const colleagueName = me.employees.find((e) => e.email === `${COLLEAGUE}@demo.tandem`).fullName;

  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await owner.getByRole('heading', { name: 'People', level: 1 }).waitFor();

  // Not for the owner themself: they use Account.
  await owner.getByRole('button', { name: `Edit ${me.me.fullName}` }).click();
  await owner.getByRole('form', { name: `Edit ${me.me.fullName}` }).waitFor();
  assert.equal(await owner.getByRole('region', { name: 'Set a new password' }).count(), 0);

  await owner.getByRole('button', { name: `Edit ${colleagueName}` }).click();
  const section = owner.getByRole('region', { name: 'Set a new password' });
  await section.waitFor();
  await section.getByLabel('New password').fill('too-short');
  await section.getByRole('button', { name: 'Set new password' }).click();
  assert.equal(await errorAt(owner, 'newPassword'), 'Too short: at least 12 characters');

  await section.getByLabel('New password').fill(COLLEAGUE_NEW);
  changed.colleague = true;
  await section.getByRole('button', { name: 'Set new password' }).click();
  await section.getByText(`New password set; ${colleagueName} was signed out everywhere`).waitFor();
  assert.equal(await section.getByLabel('New password').inputValue(), '');

  // The colleague's open session ends with their next request.
  await colleague.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await colleague.waitForURL((url) => url.pathname.startsWith('/login'));
  await colleague.getByText('Your session has expired, please sign in again').waitFor();

  const again = await signIn(browser, COLLEAGUE, { password: COLLEAGUE_NEW });
  await again.getByRole('heading', { name: 'My month', level: 1 }).waitFor();

  await Promise.all([owner.context().close(), colleague.context().close(), again.context().close()]);
});
