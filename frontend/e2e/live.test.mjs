// SPEC §10: My month follows a colleague's write live. A hunter has My month open; the owner records a deal
// of theirs from another browser; the Turnover card changes without a reload, and the test reports how long
// the change took to reach the screen.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { api, BASE_URL, kpiActual, launch, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('My month updates without a reload when a colleague records a deal', async () => {
  const hunter = await signIn(browser, 'hunter');
  const owner = await signIn(browser, 'owner');
  const { me, company } = await api(hunter, '{ me { id } company { today } }');

  await hunter.goto(`${BASE_URL}/`);
  const card = hunter.locator('article[data-metric="TURNOVER"]');
  await card.waitFor();
  const before = await kpiActual(card);
  // Survives only as long as the page does: a reload would drop it.
  await hunter.evaluate(() => {
    window.__stillTheSamePage = true;
  });
  // The subscription is opened once the view renders; give the socket a moment to be acknowledged.
  await hunter.waitForTimeout(1000);

  const { createClient } = await api(owner, 'mutation ($i: CreateClientInput!) { createClient(input: $i) { id } }', {
    i: { name: `Live test client ${Date.now()}` },
  });
  const written = Date.now();
  await api(owner, 'mutation ($i: RecordDealInput!) { recordDeal(input: $i) { id } }', {
    i: {
      clientId: createClient.id,
      salespersonId: me.id,
      closedOn: company.today,
      revenue: '123456.78',
      cost: '100000.00',
    },
  });

  let after = before;
  while (after === before && Date.now() - written < 5000) {
    await hunter.waitForTimeout(50);
    after = await kpiActual(card);
  }
  const millis = Date.now() - written;
  assert.notEqual(after, before, 'the Turnover card changed within 5 s');
  assert.equal(await hunter.evaluate(() => window.__stillTheSamePage), true, 'without a reload');
  console.log(`write-to-screen: ${millis} ms (Turnover ${before} -> ${after})`);
  await hunter.context().close();
  await owner.context().close();
});
