// Shows that the e2e specs stand alone, on the build that is there (build it
// against data/e2e.db first, as `npm run test:e2e` does):
//
//   tsx e2e/run-specs.ts --shuffled [--seed=N] [spec files…]
//     one fresh database and one server; each spec file its own `playwright
//     test` call, in a random order drawn from the seed (printed, to replay it).
//     Playwright orders the files of one call itself, hence a call per file.
//   tsx e2e/run-specs.ts --alone [spec files…]
//     each spec file on a fresh database and a server of its own.
//
// E2E_PORT and DATABASE_PATH are honoured as by playwright.config.ts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runScript, runToEnd, startProcess, stopProcess, waitForHttp } from '../scripts/support/processes';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://localhost:${PORT}`;
const ENV = {
  ...process.env,
  E2E_PORT: String(PORT),
  DATABASE_PATH: process.env.DATABASE_PATH ?? 'data/e2e.db',
  SITE_URL: BASE,
  E2E_SERVER_STARTED: '1',
  // Rendered pages stay in the server's memory: each server here starts on a fresh database,
  // and a page an earlier server wrote into .next/ would show that one's stories.
  CACHE_TO_DISK: '0',
  // As playwright.config.ts's server: no view in the sample that reports the strict script policy.
  CSP_REPORT_SAMPLE: '0',
};
const LOGS = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-run-'));

/** A small seeded generator (mulberry32), so an order can be run again from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function shuffled<T>(items: T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function resetDatabase(label: string) {
  await runToEnd('reset-db', 'node_modules/.bin/tsx', ['e2e/reset-db.ts'], ENV, path.join(LOGS, `reset-${label}.log`));
}

async function startServer(label: string) {
  const server = startProcess(
    `next start :${PORT}`,
    'node_modules/.bin/next',
    ['start', '-p', String(PORT)],
    ENV,
    path.join(LOGS, `server-${label}.log`),
  );
  await waitForHttp(`${BASE}/api/health`, server);
  return server;
}

/** One `playwright test` call for one spec file; its output goes straight through. */
function runSpec(file: string): Promise<boolean> {
  console.log(`\n=== ${file}`);
  const child = spawn('node_modules/.bin/playwright', ['test', file], { env: ENV, stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code === 0)));
}

function report(mode: string, results: { file: string; passed: boolean; seconds: number }[]) {
  console.log(`\n=== ${mode}: per spec file`);
  for (const { file, passed, seconds } of results)
    console.log(`${passed ? 'passed' : 'FAILED'} ${file} (${seconds} s)`);
  const failed = results.filter((result) => !result.passed);
  console.log(`${mode}: ${results.length - failed.length} of ${results.length} spec files passed`);
  if (failed.length) throw new Error(`${mode}: failed: ${failed.map((result) => result.file).join(', ')}`);
}

async function timed(file: string, run: () => Promise<boolean>) {
  const start = Date.now();
  const passed = await run();
  return { file, passed, seconds: Math.round((Date.now() - start) / 1000) };
}

await runScript(async () => {
  const args = process.argv.slice(2);
  const mode = args.find((arg) => arg === '--alone' || arg === '--shuffled');
  if (!mode) throw new Error('usage: tsx e2e/run-specs.ts --alone|--shuffled [--seed=N] [spec files…]');
  const named = args.filter((arg) => !arg.startsWith('--'));
  const specs = named.length
    ? named
    : fs
        .readdirSync('e2e')
        .filter((name) => name.endsWith('.spec.ts'))
        .sort()
        .map((name) => `e2e/${name}`);
  const results = [];
  if (mode === '--alone') {
    for (const [index, file] of specs.entries()) {
      await resetDatabase(String(index));
      const server = await startServer(String(index));
      results.push(await timed(file, () => runSpec(file)));
      await stopProcess(server);
    }
    report(`alone, ${specs.length} spec files each on a fresh database`, results);
    return;
  }
  const seedArg = args.find((arg) => arg.startsWith('--seed='));
  const seed = seedArg ? Number(seedArg.slice('--seed='.length)) : Math.floor(Math.random() * 1_000_000);
  const order = shuffled(specs, seed);
  console.log(`shuffled with seed ${seed}: ${order.join(' ')}`);
  await resetDatabase('shuffled');
  const server = await startServer('shuffled');
  for (const file of order) results.push(await timed(file, () => runSpec(file)));
  await stopProcess(server);
  report(`shuffled (seed ${seed}), one database`, results);
});
