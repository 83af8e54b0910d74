// docs/api.md "Signing in from an app", followed step by step as a phone app would, against the running demo
// (issue 13: the mobile quick start works as written). Plain HTTP, no browser: what Apollo Kotlin/iOS send.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';

import { BASE_URL, PASSWORD } from './browser.mjs';

async function graphql(query, variables = {}, { token, extensions } = {}) {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ ...(query ? { query } : {}), variables, ...(extensions ? { extensions } : {}) }),
  });
  return { status: response.status, body: await response.json() };
}

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken expiresAt refreshToken refreshExpiresAt employee { id fullName } }
}`;
const REFRESH = `mutation($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken expiresAt refreshToken refreshExpiresAt }
}`;

test('sign in, download the schema, refresh, rotate, sign out: as docs/api.md says', async () => {
  // 1. login gives both tokens: a 15-minute access token and a 30-day refresh token.
  const login = await graphql(LOGIN, { email: 'hunter@demo.tandem', password: PASSWORD });
  assert.equal(login.status, 200, JSON.stringify(login.body));
  const session = login.body.data.login;
  assert.ok(session.refreshToken, 'a bearer client gets a refresh token');
  const accessMinutes = (Date.parse(session.expiresAt) - Date.now()) / 60000;
  assert.ok(accessMinutes > 13 && accessMinutes <= 15.1, `access token minutes: ${accessMinutes}`);
  const refreshDays = (Date.parse(session.refreshExpiresAt) - Date.now()) / 86400000;
  assert.ok(refreshDays > 29.9 && refreshDays <= 30.01, `refresh token days: ${refreshDays}`);

  // 2. The bearer header works, and the SDL for code generation downloads with it.
  const me = await graphql('{ me { id fullName } }', {}, { token: session.accessToken });
  assert.equal(me.body.data.me.id, session.employee.id);
  const schema = await fetch(`${BASE_URL}/graphql/schema`, {
    headers: { Authorization: `Bearer ${session.accessToken}` },
  });
  assert.equal(schema.status, 200);
  const sdl = await schema.text();
  for (const scalar of ['Decimal', 'YearMonth', 'Date', 'DateTime']) {
    assert.match(sdl, new RegExp(`scalar ${scalar} @specifiedBy`), `${scalar} in the SDL`);
  }
  assert.match(sdl, /refreshSession\(/);

  // 3. refreshSession without an Authorization header: new tokens; the old refresh token no longer works.
  const refreshed = await graphql(REFRESH, { refreshToken: session.refreshToken });
  const next = refreshed.body.data.refreshSession;
  assert.notEqual(next.refreshToken, session.refreshToken);
  assert.equal((await graphql('{ me { id } }', {}, { token: next.accessToken })).body.data.me.id, session.employee.id);

  // 4. Sending the used one again counts as theft: the whole sign-in ends, the newest tokens too.
  const reused = await graphql(REFRESH, { refreshToken: session.refreshToken });
  assert.equal(reused.body.errors[0].extensions.code, 'INVALID_REFRESH_TOKEN');
  const afterReuse = await graphql(REFRESH, { refreshToken: next.refreshToken });
  assert.equal(afterReuse.body.errors[0].extensions.code, 'INVALID_REFRESH_TOKEN');
  const revokedAccess = await graphql('{ me { id } }', {}, { token: next.accessToken });
  assert.equal(revokedAccess.status, 401);

  // 6. A fresh sign-in, then logout: both of its tokens stop working.
  const again = (await graphql(LOGIN, { email: 'hunter@demo.tandem', password: PASSWORD })).body.data.login;
  assert.equal((await graphql('mutation { logout }', {}, { token: again.accessToken })).body.data.logout, true);
  assert.equal((await graphql('{ me { id } }', {}, { token: again.accessToken })).status, 401);
  assert.equal(
    (await graphql(REFRESH, { refreshToken: again.refreshToken })).body.errors[0].extensions.code,
    'INVALID_REFRESH_TOKEN',
  );
});

test('a persisted query as Apollo sends it: the hash first, then the document once, then the hash alone', async () => {
  const { accessToken } = (await graphql(LOGIN, { email: 'owner@demo.tandem', password: PASSWORD })).body.data.login;
  const query = `query QuickStartCompany { company { name currency } } # ${Date.now()}`;
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };

  const unknown = await graphql(null, {}, { token: accessToken, extensions });
  assert.equal(unknown.body.errors[0].message, 'PersistedQueryNotFound');
  assert.equal(unknown.body.errors[0].extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
  const registered = await graphql(query, {}, { token: accessToken, extensions });
  assert.equal(registered.body.data.company.currency, 'RUB');
  const byHash = await graphql(null, {}, { token: accessToken, extensions });
  assert.deepEqual(byHash.body, registered.body);
});
