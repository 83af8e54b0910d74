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
  const { channels } = await api(owner, '{ channels(first: 20, includeArchived: false) { edges { node { id marketer { id } } } } }');
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
  await deliver(hookUrl, secret, { type: 'lead', externalId: `${externalId}-bad`, channelId: '999999', marketerId: channel.marketer.id });
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

  const { leads } = await api(owner, 'query($f: LeadFilter) { leads(first: 100, filter: $f) { edges { node { id externalId } } } }', {});
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
      await page.locator('.settings__integrations').screenshot({ path: `${SHOTS}integrations-${language}-${width}.png` });
      await page.context().close();
    }
  }

  await row.getByRole('button', { name: 'Deactivate' }).click();
  await row.getByText('deactivated').waitFor();
  await api(owner, 'mutation($i: VoidLeadInput!) { voidLead(input: $i) { id } }', { i: { id: lead.id, reason: 'browser test clean-up' } });
  await owner.context().close();
});
