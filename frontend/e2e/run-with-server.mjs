// Runs the browser tests against a real Tandem: starts the Boot jar on the embedded default
// (a fresh data folder, so the demo company is created), waits until it is healthy, runs
// `node --test e2e/*.test.mjs` against it, and always stops it again.
//   node e2e/run-with-server.mjs ../backend/target/tandem-backend-0.1.0-SNAPSHOT.jar
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const jar = resolve(process.argv[2] ?? '../backend/target/tandem-backend-0.1.0-SNAPSHOT.jar');
const port = process.env.E2E_PORT ?? '18765';
const baseUrl = `http://localhost:${port}`;
const dataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-'));
const here = fileURLToPath(new URL('.', import.meta.url));

const server = spawn('java', ['-jar', jar, `--server.port=${port}`], {
  env: { ...process.env, TANDEM_DATA_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
server.stdout.on('data', (chunk) => (log += chunk));
server.stderr.on('data', (chunk) => (log += chunk));

// Up to 4 minutes: the first start creates the demo company, which takes long on a busy 2-core machine.
async function healthy() {
  for (let i = 0; i < 480; i++) {
    if (server.exitCode !== null) return false;
    try {
      const res = await fetch(`${baseUrl}/actuator/health`);
      if (res.ok && log.includes('Tandem is running')) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

let code = 1;
try {
  if (!(await healthy())) {
    console.error(`Tandem did not start:\n${log.slice(-4000)}`);
  } else {
    const tests = (await readdir(here)).filter((f) => f.endsWith('.test.mjs')).map((f) => join(here, f));
    // The spec reporter ends with a list of the failing tests and their errors, so a CI log cut to its tail
    // still says what failed.
    const runner = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...tests], {
      env: { ...process.env, BASE_URL: baseUrl },
      stdio: 'inherit',
    });
    code = await new Promise((r) => runner.on('exit', (c) => r(c ?? 1)));
    if (code !== 0) {
      // What went wrong on the server side during the run, one line each (a stack's first line only),
      // then the log's end.
      const warnings = log.split('\n').filter((line) => / (WARN|ERROR) \d+ ---/.test(line));
      console.error(`Tests failed; the server's warnings and errors (${warnings.length}, the last 40):`);
      for (const line of warnings.slice(-40)) console.error(line.slice(0, 400));
      console.error(`The server's log ends:\n${log.slice(-1500)}`);
    }
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => (server.exitCode !== null ? r() : server.on('exit', r)));
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(code);
