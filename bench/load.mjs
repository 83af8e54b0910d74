// Load: USERS signed-in people (default 32) mixing reads and writes against one Tandem for DURATION seconds (default 60).
//
//   node bench/load.mjs http://localhost:8080 /tmp/acks.json
//
// After WARMUP seconds (default 15) of unmeasured reads, each virtual user signs in as one of the demo company's six people (round robin) and loops without pause:
// four reads in five are what that person's screens ask for (My month, Team, the lead list, the conversion matrix),
// one in five is a write of their position's kind:
//   marketer  recordLead on one of their channels, handed to a hunter (externalId load-<run>-…)
//   hunter    createClient + recordDeal; the deal wins a lead a marketer handed them when one is waiting
//   farmer    recordDeal for a client of theirs (the owner adds it before the load starts)
//   owner     recordSpend on a channel for its marketer
// A refused or failed request is an error; nothing is retried. What every acknowledged write returned goes to the
// file named second, so that bench/load.sh can count the rows in the database afterwards. The month's turnover is
// read before and after: it must grow by exactly the acknowledged deals' revenue. Prints latency percentiles.
import { writeFileSync } from 'node:fs';

const base = process.argv[2];
const acksFile = process.argv[3];
const users = Number(process.env.USERS ?? 32);
const seconds = Number(process.env.DURATION ?? 60);
const warmup = Number(process.env.WARMUP ?? 15);
const run = process.env.RUN ?? Date.now().toString(36);
const password = 'tandem-demo-1';
const logins = ['owner@demo.tandem', 'marketer@demo.tandem', 'dmitry.orlov@demo.tandem', 'hunter@demo.tandem',
  'sergey.volkov@demo.tandem', 'farmer@demo.tandem'];

const zone = 'Europe/Moscow';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
const period = today.slice(0, 7);

async function graphql(token, query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  if (!response.ok || body.errors) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  }
  return body.data;
}

async function login(email) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken employee { id position role } } }', variables: { e: email, p: password } }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`login ${email}: ${JSON.stringify(body.errors)}`);
  return body.data.login;
}

const KPI = 'metric actual target completion expectedByNow forecast requiredDailyPace status';
const reads = {
  myMonth: (me) => [`query($id: ID!, $p: YearMonth!, $prev: YearMonth!) {
      employeeKpis(employeeId: $id, period: $p) { kpis { ${KPI} } contribution { turnover grossMargin shareOfTarget attributedTurnover } }
      dashboard(period: $p) { turnover grossMargin goal { turnoverTarget grossMarginTarget } }
      previous: employeeKpis(employeeId: $id, period: $prev) { kpis { metric actual } } }`,
  { id: me.id, p: period, prev: previousMonth(period) }],
  team: () => [`query($p: YearMonth!, $prev: YearMonth!) {
      dashboard(period: $p) { turnover grossMargin marginPercent leads spend costPerLead newClients
        turnoverKpi { ${KPI} } grossMarginKpi { ${KPI} }
        members { employee { id fullName position } kpis { ${KPI} } contribution { turnover grossMargin shareOfTarget } }
        funnel { steps { stage value conversionFromPrevious } }
        channels { channel { id name } spend leads costPerLead conversion attributedTurnover romi } }
      previous: dashboard(period: $prev) { turnover grossMargin } }`,
  { p: period, prev: previousMonth(period) }],
  leads: () => [`query($p: YearMonth!) { leads(first: 25, period: $p) { totalCount
      edges { node { id externalId createdAt status channel { name } marketer { fullName } assignee { fullName } } } } }`,
  { p: period }],
  matrix: () => [`query($p: YearMonth!) { conversionMatrix(period: $p) { leads converted conversion
      assignees { id fullName } channels { channel { name } leads converted conversion } } }`, { p: period }],
};

function previousMonth(p) {
  const [y, m] = p.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const latencies = {};
const errors = [];
const acks = { run, leads: [], deals: [], dealsWithLead: [], clients: [], spends: [], revenue: 0 };
const handed = new Map(); // hunter id -> lead ids a marketer handed them, not yet won
let sequence = 0;

async function timed(name, work) {
  const started = performance.now();
  try {
    const result = await work();
    (latencies[name] ??= []).push(performance.now() - started);
    return result;
  } catch (error) {
    (latencies[name] ??= []).push(performance.now() - started);
    errors.push(`${name}: ${error.message}`);
    return undefined;
  }
}

function money(n) {
  return n.toFixed(2);
}

async function write(session, context) {
  const { token, me } = session;
  const n = ++sequence;
  const externalId = `load-${run}-${n}`;
  if (me.position === 'MARKETER') {
    const channel = context.channelsOf(me.id)[n % context.channelsOf(me.id).length];
    const hunter = context.hunters[n % context.hunters.length];
    const data = await timed('write: recordLead', () => graphql(token,
      'mutation($i: RecordLeadInput!) { recordLead(input: $i) { id externalId } }',
      { i: { externalId, channelId: channel.id, marketerId: me.id, assigneeId: hunter.id } }));
    if (data) {
      acks.leads.push(data.recordLead.id);
      (handed.get(hunter.id) ?? handed.set(hunter.id, []).get(hunter.id)).push(data.recordLead.id);
    }
  } else if (me.position === 'HUNTER') {
    const leadId = handed.get(me.id)?.shift();
    const client = await timed('write: createClient', () => graphql(token,
      'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', { i: { name: `Load ${run} client ${n}` } }));
    if (!client) return;
    acks.clients.push(client.createClient.id);
    const revenue = 10000 + (n % 97) * 100 + 0.5;
    const data = await timed('write: recordDeal', () => graphql(token,
      'mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }',
      { i: { externalId, clientId: client.createClient.id, leadId, salespersonId: me.id, closedOn: today, revenue: money(revenue), cost: money(revenue * 0.6) } }));
    if (data) {
      acks.deals.push(data.recordDeal.id);
      acks.revenue += Math.round(revenue * 100);
      if (leadId) acks.dealsWithLead.push(leadId);
    }
  } else if (me.position === 'FARMER') {
    const revenue = 5000 + (n % 89) * 100;
    const data = await timed('write: recordDeal', () => graphql(token,
      'mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }',
      { i: { externalId, clientId: session.clientId, salespersonId: me.id, closedOn: today, revenue: money(revenue), cost: money(revenue * 0.5) } }));
    if (data) {
      acks.deals.push(data.recordDeal.id);
      acks.revenue += Math.round(revenue * 100);
    }
  } else {
    const channel = context.channels[n % context.channels.length];
    const data = await timed('write: recordSpend', () => graphql(token,
      'mutation($i: RecordSpendInput!) { recordSpend(input: $i) { id } }',
      { i: { channelId: channel.id, marketerId: channel.marketer.id, day: today, amount: money(100 + (n % 50)) } }));
    if (data) acks.spends.push(data.recordSpend.id);
  }
}

async function warm(index, context, until) {
  const session = context.sessions[index % context.sessions.length];
  for (let turn = index; performance.now() < until; turn++) {
    const name = Object.keys(reads)[turn % 4];
    if (name === 'myMonth' && !session.me.position) continue;
    const [query, variables] = reads[name](session.me);
    await graphql(session.token, query, variables);
  }
}

async function user(index, context, until) {
  const session = context.sessions[index % context.sessions.length];
  const names = session.me.role === 'OWNER' && !session.me.position ? ['team', 'leads', 'matrix', 'team']
    : ['myMonth', 'team', 'leads', 'matrix'];
  let turn = index;
  while (performance.now() < until) {
    turn++;
    if (turn % 5 === 0) {
      await write(session, context);
    } else {
      const name = names[turn % names.length];
      const [query, variables] = reads[name](session.me);
      await timed(`read: ${name}`, () => graphql(session.token, query, variables));
    }
  }
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

async function turnover(token) {
  const data = await graphql(token, 'query($p: YearMonth!) { dashboard(period: $p) { turnover } }', { p: period });
  return Math.round(Number(data.dashboard.turnover) * 100);
}

async function main() {
  const sessions = [];
  for (const email of logins) {
    const { accessToken, employee } = await login(email);
    sessions.push({ token: accessToken, me: employee });
  }
  const owner = sessions[0];
  const channels = (await graphql(owner.token, '{ channels(first: 100, includeArchived: false) { edges { node { id name marketer { id } } } } }'))
    .channels.edges.map((edge) => edge.node).filter((channel) => channel.marketer);
  const hunters = sessions.filter((s) => s.me.position === 'HUNTER').map((s) => s.me);
  for (const session of sessions.filter((s) => s.me.position === 'FARMER')) {
    const client = await graphql(owner.token, 'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }',
      { i: { name: `Load ${run} farmer's client`, accountManagerId: session.me.id } });
    session.clientId = client.createClient.id;
    acks.clients.push(session.clientId);
  }
  const context = {
    sessions, channels, hunters,
    channelsOf: (marketerId) => {
      const own = channels.filter((channel) => channel.marketer.id === marketerId);
      return own.length ? own : channels;
    },
  };
  // Reads only, not measured: the JIT and the connection pool warm up as they would in a running company.
  const warmUntil = performance.now() + warmup * 1000;
  await Promise.all(Array.from({ length: users }, (_, index) => warm(index, context, warmUntil)));
  const before = await turnover(owner.token);
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(Array.from({ length: users }, (_, index) => user(index, context, until)));
  const elapsed = (performance.now() - started) / 1000;
  const after = await turnover(owner.token);

  const all = Object.values(latencies).flat().sort((a, b) => a - b);
  const rows = Object.entries(latencies).sort().map(([name, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `| ${name} | ${sorted.length} | ${percentile(sorted, 50).toFixed(0)} | ${percentile(sorted, 95).toFixed(0)} | ${percentile(sorted, 99).toFixed(0)} | ${sorted.at(-1).toFixed(0)} |`;
  });
  console.log(`${users} users, ${elapsed.toFixed(1)} s, ${all.length} requests (${(all.length / elapsed).toFixed(0)}/s), ${errors.length} errors`);
  console.log('| operation | requests | p50 ms | p95 ms | p99 ms | max ms |');
  console.log('|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
  console.log(`| all | ${all.length} | ${percentile(all, 50).toFixed(0)} | ${percentile(all, 95).toFixed(0)} | ${percentile(all, 99).toFixed(0)} | ${all.at(-1).toFixed(0)} |`);
  const turnoverMatches = after - before === acks.revenue;
  console.log(`Turnover of ${period}: ${(before / 100).toFixed(2)} -> ${(after / 100).toFixed(2)}; acknowledged deals ${(acks.revenue / 100).toFixed(2)}: ${turnoverMatches ? 'matches' : 'DOES NOT MATCH'}`);
  for (const error of errors.slice(0, 10)) console.log(`error ${error}`);
  writeFileSync(acksFile, JSON.stringify({ ...acks, errors: errors.length, requests: all.length, turnoverMatches }));
  if (errors.length || !turnoverMatches) process.exitCode = 1;
}

await main();
