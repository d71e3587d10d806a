// npm run loadtest [-- --duration 20] [--connections 4] [--build]
//
// Readers and an editor at once, against the production server on a fresh
// demo database: autocannon reads the home page, an article and a search for
// the whole run while an editor publishes a new story every second through
// the real article form (a signed-in server-action POST). Each story is timed
// from the moment the editor pressed publish until its link is on the home
// page and its own page answers. Builds first when there is no build (or with
// --build). Timing goals live here, never in tests.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articlePublisher, signIn } from './support/admin-forms';
import { runScript, runToEnd } from './support/processes';
import { SideServer } from './support/side-server';
import { get, load, type LoadResult, warm } from './bench/http';
import { summarize } from './bench/stats';
import { ensureStaff, openE2eDatabase } from '../e2e/support/database';

const SEARCH_QUERY = 'الحكومة';
const VISIBLE_WITHIN_MS = 30_000;

function readOptions() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '4' },
      build: { type: 'boolean', default: false },
    },
  });
  return { durationSeconds: Number(values.duration), connections: Number(values.connections), build: values.build || !fs.existsSync('.next/BUILD_ID') };
}

/** Polls `check` until it holds; how long that took from `since`, or null if it never did. */
async function timeUntil(check: () => Promise<boolean>, since: number): Promise<number | null> {
  while (performance.now() - since < VISIBLE_WITHIN_MS) {
    if (await check().catch(() => false)) return Math.round(performance.now() - since);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return null;
}

type Publication = { id: number; home: number | null; article: number | null };

/** One story a second until `until`; each is then watched until it shows on the home page and at its own URL. */
async function publishEverySecond(server: SideServer, until: number): Promise<{ made: Publication[]; failed: number }> {
  const { email, password } = await ensureStaff('editor', server.databaseFile);
  const { cookie } = await signIn(server.base, email, password);
  if (!cookie) throw new Error('The editor could not sign in');
  const publish = await articlePublisher(server.base, cookie);
  const db = openE2eDatabase(server.databaseFile);
  // Round the sections: the home page shows each one's latest few, so one
  // section taking every story would push a slow-to-appear one off the page.
  const sectionIds = db.prepare('SELECT id FROM sections ORDER BY position, id').pluck().all() as number[];
  db.close();

  const watches: Promise<Publication>[] = [];
  let failed = 0;
  for (let n = 1; performance.now() < until; n++) {
    const tick = performance.now();
    try {
      const id = await publish({ title: `خبر عاجل من اختبار الحمل رقم ${n}`, sectionId: sectionIds[n % sectionIds.length] });
      watches.push(
        Promise.all([
          timeUntil(async () => (await get(`${server.base}/`)).body.includes(`/news/${id}/`), tick),
          timeUntil(async () => (await fetch(`${server.base}/news/${id}`)).status === 200, tick),
        ]).then(([home, article]) => ({ id, home, article })),
      );
    } catch (error) {
      failed++;
      console.error(error instanceof Error ? error.message : error);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (performance.now() - tick))));
  }
  return { made: await Promise.all(watches), failed };
}

function printReport(targets: Record<string, LoadResult>, { made, failed }: Awaited<ReturnType<typeof publishEverySecond>>) {
  const header = ['target', 'requests', 'errors/non-2xx', 'req/s', 'p50 ms', 'p99 ms'];
  const rows = Object.entries(targets).map(([name, result]) => [name, String(result.requests), String(result.errors), result.requestsPerSecond.toFixed(1), String(result.p50Ms), String(result.p99Ms)]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(`\n${format(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(format(row));
  const total = Object.values(targets).reduce((sum, result) => sum + result.requests, 0);
  const errors = Object.values(targets).reduce((sum, result) => sum + result.errors, 0);
  console.log(`all readers: ${total} requests served, ${errors} errors/non-2xx`);

  const delays = (key: 'home' | 'article') => {
    const seen = made.map((publication) => publication[key]).filter((ms): ms is number => ms !== null);
    const summary = summarize(seen);
    const missing = made.length - seen.length;
    return `median ${summary.p50} ms, max ${summary.max} ms${missing ? `; ${missing} not visible within ${VISIBLE_WITHIN_MS / 1000} s` : ''}`;
  };
  console.log(`\npublishes: ${made.length} made, ${failed} failed`);
  console.log(`publish → link on the home page: ${delays('home')}`);
  console.log(`publish → article page answers:  ${delays('article')}`);
}

async function main() {
  const options = readOptions();
  const server = await SideServer.create();
  try {
    if (options.build) {
      console.log('next build…');
      await runToEnd('next build', 'node_modules/.bin/next', ['build'], { ...process.env, DATABASE_PATH: server.databaseFile }, path.join(server.dir, 'next-build.log'));
    }
    await server.start();
    const { location } = await get(`${server.base}/news/1`);
    const urls = { home: `${server.base}/`, article: new URL(location ?? '/news/1', server.base).href, search: `${server.base}/search?q=${encodeURIComponent(SEARCH_QUERY)}` };
    for (const url of Object.values(urls)) await warm(url);
    console.log(`Server ${server.base} on a fresh demo database; ${options.durationSeconds} s, ${options.connections} connections per reader target, one publish a second`);

    const until = performance.now() + options.durationSeconds * 1000;
    const [home, article, search, publishing] = await Promise.all([
      load(urls.home, options),
      load(urls.article, options),
      load(urls.search, options),
      publishEverySecond(server, until),
    ]);
    printReport({ home, article, search }, publishing);
  } finally {
    await server.dispose();
  }
}

await runScript(main);
