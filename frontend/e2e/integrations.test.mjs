// SPEC §10 webhooks in, in real Chromium: the owner creates an integration on the Settings screen and sees its
// hook URL and secret once; a signed delivery becomes a lead, a refused one is listed with its reason and is
// tried again from the screen. The integration is deactivated and the lead voided at the end.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { BASE_URL, api, launch, signIn } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

let browser;
before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

async function deliver(hookUrl, secret, event) {
  const body = JSON.stringify(event);
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  const response = await fetch(hookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Tandem-Signature': signature },
    body,
  });
  assert.equal(response.status, 202, await response.text());
}

async function eventually(what, check) {
  for (let i = 0; i < 40; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`${what} never happened`);
}

test('the owner connects a source, a signed delivery becomes a lead, a failed one is tried again', async () => {
  const owner = await signIn(browser, 'owner');
  owner.on('dialog', (dialog) => dialog.accept());
  const { channels } = await api(
    owner,
    '{ channels(first: 20, includeArchived: false) { edges { node { id marketer { id } } } } }',
  );
  const channel = channels.edges.map((edge) => edge.node).find((node) => node.marketer);
  const externalId = `e2e-form-${Date.now()}`;
  const name = `Site forms ${externalId}`;

  await owner.goto(`${BASE_URL}/settings`);
  const form = owner.getByRole('form', { name: 'New integration' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Create integration' }).click();
  const hookUrl = await owner.getByLabel('Hook URL', { exact: true }).inputValue();
  const secret = await owner.getByLabel('Secret (signs each delivery)', { exact: true }).inputValue();
  assert.match(hookUrl, new RegExp(`^${BASE_URL}/hooks/generic/`));
  assert.ok(secret.length >= 40);

  await deliver(hookUrl, secret, { type: 'lead', externalId, channelId: channel.id, marketerId: channel.marketer.id });
  await deliver(hookUrl, secret, {
    type: 'lead',
    externalId: `${externalId}-bad`,
    channelId: '999999',
    marketerId: channel.marketer.id,
  });
  await eventually('both deliveries processed', async () => {
    const { integrations } = await api(owner, '{ integrations { name eventsReceived eventsFailed } }');
    const mine = integrations.find((i) => i.name === name);
    return mine.eventsReceived === 2 && mine.eventsFailed === 1;
  });

  await owner.getByRole('button', { name: 'I have copied them' }).click();
  await owner.reload();
  const row = owner.getByRole('listitem').filter({ hasText: name });
  await row.getByText('2 received, 1 failed').waitFor();
  await row.getByRole('button', { name: 'Failed deliveries (1)' }).click();
  await row.getByText(/channelId/).waitFor();
  await row.getByRole('button', { name: 'Try again' }).click();
  await row.getByText('Put back in line').waitFor();

  const { leads } = await api(
    owner,
    'query($f: LeadFilter) { leads(first: 100, filter: $f) { edges { node { id externalId } } } }',
    {},
  );
  const lead = leads.edges.map((edge) => edge.node).find((node) => node.externalId === externalId);
  assert.ok(lead, 'the signed delivery became a lead');

  for (const language of ['en', 'ru']) {
    for (const width of [1440, 390]) {
      const page = await signIn(browser, 'owner', { language, width });
      await page.goto(`${BASE_URL}/settings`);
      await page.locator('.settings__integration').first().waitFor();
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
      assert.ok(scrollWidth <= width, `Settings is ${scrollWidth}px wide at ${width}px (${language})`);
      await page
        .locator('.settings__integrations')
        .screenshot({ path: `${SHOTS}integrations-${language}-${width}.png` });
      await page.context().close();
    }
  }

  await row.getByRole('button', { name: 'Deactivate' }).click();
  await row.getByText('deactivated').waitFor();
  await api(owner, 'mutation($i: VoidLeadInput!) { voidLead(input: $i) { id } }', {
    i: { id: lead.id, reason: 'browser test clean-up' },
  });
  await owner.context().close();
});

/** amoCRM's own body: form-encoded leads[action][i][field] and account[…], brackets encoded as amoCRM sends them. */
function amoBody(action, lead) {
  const pairs = [
    ['account[subdomain]', 'e2e'],
    ['account[id]', '29085955'],
  ];
  for (const [field, value] of Object.entries(lead)) pairs.push([`leads[${action}][0][${field}]`, String(value)]);
  return pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
}

test('the owner connects amoCRM, maps a user, and a form-encoded delivery becomes a lead once the mapping is fixed', async () => {
  const owner = await signIn(browser, 'owner');
  owner.on('dialog', (dialog) => dialog.accept());
  const { employees, channels } = await api(
    owner,
    '{ employees { id fullName position active } channels(first: 50, includeArchived: false) { edges { node { id name marketer { id } } } } }',
  );
  const hunters = employees.filter((person) => person.active && person.position === 'HUNTER');
  const channel = channels.edges.map((edge) => edge.node).find((node) => node.marketer);
  const stamp = Date.now();
  const name = `amoCRM e2e ${stamp}`;
  const amoLead = stamp % 1_000_000_000;
  const amoUser = 9_000_000 + (stamp % 1_000_000);
  const source = `e2e-source-${stamp}`;

  await owner.goto(`${BASE_URL}/settings`);
  const form = owner.getByRole('form', { name: 'New integration' });
  await form.getByLabel('Sender').selectOption('AMOCRM');
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Create integration' }).click();
  const hookUrl = await owner.getByLabel('Hook URL', { exact: true }).inputValue();
  assert.match(hookUrl, new RegExp(`^${BASE_URL}/hooks/amocrm/`));
  await owner.getByText('Lead status changed').waitFor();
  assert.equal(await owner.getByLabel('Secret (signs each delivery)', { exact: true }).count(), 0);
  await owner.getByRole('button', { name: 'I have pasted it in amoCRM' }).click();

  // Map the source to a channel and amoCRM's 142 is known already; the responsible user is not mapped yet.
  const row = owner.getByRole('listitem').filter({ hasText: name });
  await row.getByRole('button', { name: /^Mapping \(users: 0,/ }).click();
  const mapping = row.getByRole('form', { name: 'amoCRM mapping' });
  await mapping.getByRole('button', { name: 'Add a source' }).click();
  await mapping.getByLabel('Source', { exact: true }).fill(source);
  await mapping.getByLabel('Channel', { exact: true }).selectOption(channel.id);
  await mapping.getByLabel('Cost share of a won deal').fill('0.6');
  await mapping.getByRole('button', { name: 'Save mapping' }).click();
  await mapping.getByText('Mapping saved').waitFor();

  const now = Math.floor(Date.now() / 1000);
  const lead = {
    id: amoLead,
    name: `Сделка #${amoLead}`,
    status_id: 142,
    old_status_id: '',
    price: 150000,
    responsible_user_id: amoUser,
    last_modified: now,
    date_create: now,
    pipeline_id: 880011,
    account_id: 29085955,
    'custom_fields][0][id': 449001,
    'custom_fields][0][name': 'utm_source',
    'custom_fields][0][values][0][value': source,
  };
  const response = await fetch(hookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'amoCRM-WebHook-client/1.0' },
    body: amoBody('status', lead),
  });
  assert.equal(response.status, 202, await response.text());
  await eventually('the delivery failed for the unmapped user', async () => {
    const { integrations } = await api(owner, '{ integrations { name eventsReceived eventsFailed } }');
    const mine = integrations.find((i) => i.name === name);
    return mine.eventsReceived === 1 && mine.eventsFailed === 1;
  });

  await owner.reload();
  const reloaded = owner.getByRole('listitem').filter({ hasText: name });
  await reloaded.getByText('1 received, 1 failed').waitFor();
  await reloaded.getByRole('button', { name: 'Failed deliveries (1)' }).click();
  await reloaded.getByText(`amoCRM user ${amoUser} is not mapped`).waitFor();

  await reloaded.getByRole('button', { name: 'Mapping (users: 0, statuses: 0, sources: 1)' }).click();
  const editor = reloaded.getByRole('form', { name: 'amoCRM mapping' });
  await editor.getByRole('button', { name: 'Add a user' }).click();
  await editor.getByLabel('amoCRM user id').fill(String(amoUser));
  await editor.getByLabel('Person').selectOption(hunters[0].id);
  await editor.getByRole('button', { name: 'Save mapping' }).click();
  await editor.getByText('Mapping saved').waitFor();
  await reloaded.getByRole('button', { name: 'Try again' }).click();
  await reloaded.getByText('Put back in line').waitFor();
  await eventually('the replayed delivery applied', async () => {
    const { integrations } = await api(owner, '{ integrations { name eventsReceived eventsFailed } }');
    const mine = integrations.find((i) => i.name === name);
    return mine.eventsReceived === 1 && mine.eventsFailed === 0;
  });
  await owner.reload();
  await owner.getByRole('listitem').filter({ hasText: name }).getByText('1 received, 0 failed').waitFor();

  const { deals } = await api(
    owner,
    '{ deals(first: 100) { edges { node { id externalId revenue cost lead { id } } } } }',
  );
  const deal = deals.edges.map((edge) => edge.node).find((node) => node.externalId === `amocrm:${amoLead}`);
  assert.ok(deal, 'the won amoCRM lead became a deal');
  assert.equal(deal.revenue, '150000.00');
  assert.equal(deal.cost, '90000.00');

  for (const language of ['en', 'ru']) {
    for (const width of [1440, 390]) {
      const page = await signIn(browser, 'owner', { language, width });
      await page.goto(`${BASE_URL}/settings`);
      const item = page.locator('.settings__integration').filter({ hasText: name });
      await item.locator('button[aria-expanded]').first().click();
      await item.locator('.settings__mapping').waitFor();
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
      assert.ok(scrollWidth <= width, `Settings is ${scrollWidth}px wide at ${width}px (${language})`);
      await item.screenshot({ path: `${SHOTS}integrations-amocrm-${language}-${width}.png` });
      await page.context().close();
    }
  }

  await api(owner, 'mutation($i: VoidDealInput!) { voidDeal(input: $i) { id } }', {
    i: { id: deal.id, reason: 'browser test clean-up' },
  });
  await api(owner, 'mutation($i: VoidLeadInput!) { voidLead(input: $i) { id } }', {
    i: { id: deal.lead.id, reason: 'browser test clean-up' },
  });
  const item = owner.getByRole('listitem').filter({ hasText: name });
  await item.getByRole('button', { name: 'Deactivate' }).click();
  await item.getByText('deactivated').waitFor();
  await owner.context().close();
});
