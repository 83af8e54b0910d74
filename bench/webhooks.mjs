// Webhooks in: how fast a signed delivery is answered, and how soon after it the lead is in Tandem.
//
//   node bench/webhooks.mjs http://localhost:8080      # a running Tandem with the demo company
//
// Signs in as the demo owner, creates a GENERIC integration, then sends DELIVERIES (default 500) signed lead
// events, CONCURRENCY (default 8) at a time, and times each answer (202 = stored). Then waits until the
// integration shows every event DONE and reports the time from the first delivery to the last one applied.
// Every delivery is also checked: 202, not a duplicate; afterwards exactly DELIVERIES leads with the run's
// externalIds exist. Prints a Markdown table; docs/benchmarks.md keeps the numbers of a run.
import { createHmac } from 'node:crypto';

const base = process.argv[2] ?? 'http://localhost:8080';
const deliveries = Number(process.env.DELIVERIES ?? 500);
const concurrency = Number(process.env.CONCURRENCY ?? 8);
const run = Date.now().toString(36);

async function graphql(token, query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const { login } = await graphql(null, 'mutation { login(email: "owner@demo.tandem", password: "tandem-demo-1") { accessToken } }');
const token = login.accessToken;
const { channels } = await graphql(token, '{ channels(first: 20, includeArchived: false) { edges { node { id marketer { id } } } } }');
const channel = channels.edges.map((edge) => edge.node).find((node) => node.marketer);
const { createIntegration } = await graphql(token,
  'mutation($i: CreateIntegrationInput!) { createIntegration(input: $i) { id hookUrl secret } }',
  { i: { kind: 'GENERIC', name: `bench ${run}` } });
const url = `${base}${createIntegration.hookUrl}`;

const answers = [];
let next = 0;
let failures = 0;
const started = performance.now();
async function sender() {
  while (next < deliveries) {
    const n = next++;
    const body = JSON.stringify({ type: 'lead', externalId: `bench-${run}-${n}`, channelId: channel.id, marketerId: channel.marketer.id });
    const signature = `sha256=${createHmac('sha256', createIntegration.secret).update(body).digest('hex')}`;
    const sent = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Tandem-Signature': signature }, body });
    const text = await response.text();
    answers.push(performance.now() - sent);
    if (response.status !== 202 || !text.includes('"duplicate":false')) failures++;
  }
}
await Promise.all(Array.from({ length: concurrency }, sender));
const sentAll = performance.now();

let done = 0;
let received = 0;
while (performance.now() - sentAll < 120_000) {
  const { integrations } = await graphql(token, '{ integrations { id eventsReceived eventsFailed } }');
  const mine = integrations.find((i) => i.id === createIntegration.id);
  const { webhookEvents } = await graphql(token,
    'query($id: ID!) { webhookEvents(integrationId: $id, status: PENDING, first: 1) { id } }', { id: createIntegration.id });
  received = mine.eventsReceived;
  if (received === deliveries && webhookEvents.length === 0) {
    done = mine.eventsReceived - mine.eventsFailed;
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const appliedAll = performance.now();
const sorted = answers.sort((a, b) => a - b);
console.log(`| ${deliveries} signed deliveries, ${concurrency} at a time | |`);
console.log('|---|---|');
console.log(`| answer (stored, 202): p50 / p95 / p99 / max | ${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 95).toFixed(1)} / ${percentile(sorted, 99).toFixed(1)} / ${sorted.at(-1).toFixed(1)} ms |`);
console.log(`| deliveries per second | ${(deliveries / ((sentAll - started) / 1000)).toFixed(0)} |`);
console.log(`| first delivery to last lead applied | ${((appliedAll - started) / 1000).toFixed(1)} s |`);
console.log(`| applied / failed / refused answers | ${done} / ${received - done} / ${failures} |`);
await graphql(token, 'mutation($id: ID!) { deactivateIntegration(id: $id) { active } }', { id: createIntegration.id });
if (failures || done !== deliveries) process.exitCode = 1;
