// npm run loadtest [-- --duration 20] [--connections 4] [--build]
//
// Readers and an editor at once, against the production server on a fresh
// demo database: autocannon reads the home page, an article and a search for
// the whole run while an editor publishes a new story every second through
// the real article form (a signed-in server-action POST). Each story is timed
// from the moment the editor pressed publish until its link is on the home
// page and its own page answers. Builds first when there is no build (or with
// --build). Timing goals live here, never in tests. Exits non-zero when a
// reader got an error or a story failed to publish or never showed up.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articlePublisher, signIn } from './support/admin-forms';
import { runScript, runToEnd } from './support/processes';
import { SideServer } from './support/side-server';
import { get, load, type LoadResult, warm } from './bench/http';
import { summarize } from './bench/stats';
import { printTable } from './support/table';
import { ensureStaff, openE2eDatabase } from '../e2e/support/database';

const SEARCH_QUERY = 'الحكومة';
// The goal: every story on the home page and at its own URL within a second.
const VISIBLE_GOAL_MS = 1_000;
// How long a story is watched for: one seen later is late, one never seen is lost.
const VISIBLE_WITHIN_MS = 30_000;

function readOptions() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '4' },
      build: { type: 'boolean', default: false },
    },
  });
  return {
    durationSeconds: Number(values.duration),
    connections: Number(values.connections),
    build: values.build || !fs.existsSync('.next/BUILD_ID'),
  };
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
  const { email, password } = await ensureStaff('editor', { databaseFile: server.databaseFile });
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
      const id = await publish({
        title: `خبر عاجل من اختبار الحمل رقم ${n}`,
        sectionId: sectionIds[n % sectionIds.length],
      });
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

type Publishing = Awaited<ReturnType<typeof publishEverySecond>>;

function printReaders(targets: Record<string, LoadResult>) {
  printTable(
    ['target', 'requests', 'errors/non-2xx', 'req/s', 'p50 ms', 'p99 ms'],
    Object.entries(targets).map(([name, result]) => [
      name,
      String(result.requests),
      String(result.errors),
      result.requestsPerSecond.toFixed(1),
      String(result.p50Ms),
      String(result.p99Ms),
    ]),
  );
  const total = Object.values(targets).reduce((sum, result) => sum + result.requests, 0);
  const errors = Object.values(targets).reduce((sum, result) => sum + result.errors, 0);
  console.log(`all readers: ${total} requests served, ${errors} errors/non-2xx`);
  return errors;
}

/** A story is visible once both its home-page link and its own page are. */
const visibleAt = ({ home, article }: Publication) =>
  home === null || article === null ? null : Math.max(home, article);

function printPublishing({ made, failed }: Publishing) {
  const measures: [string, (publication: Publication) => number | null][] = [
    ['link on the home page', (publication) => publication.home],
    ['own page answers', (publication) => publication.article],
    ['both (visible)', visibleAt],
  ];
  printTable(
    [
      'publish →',
      'p50 ms',
      'p99 ms',
      'max ms',
      `within ${VISIBLE_GOAL_MS / 1000} s`,
      `never (${VISIBLE_WITHIN_MS / 1000} s)`,
    ],
    measures.map(([name, delay]) => {
      const seen = made.map(delay).filter((ms): ms is number => ms !== null);
      const { p50, p99, max } = summarize(seen);
      const inTime = seen.filter((ms) => ms <= VISIBLE_GOAL_MS).length;
      return [
        name,
        ...[p50, p99, max].map((ms) => (seen.length ? String(ms) : '–')),
        `${inTime} / ${made.length}`,
        String(made.length - seen.length),
      ];
    }),
  );
  const inTime = made.filter((publication) => (visibleAt(publication) ?? Infinity) <= VISIBLE_GOAL_MS).length;
  console.log(
    `publishes: ${made.length} made, ${failed} failed; ${inTime} of ${made.length} visible (home link and own page) within ${VISIBLE_GOAL_MS / 1000} s`,
  );
  return { lost: made.filter((publication) => visibleAt(publication) === null).length };
}

async function main() {
  const options = readOptions();
  const server = await SideServer.create();
  try {
    if (options.build) {
      console.log('next build…');
      await runToEnd(
        'next build',
        'node_modules/.bin/next',
        ['build'],
        { ...process.env, DATABASE_PATH: server.databaseFile },
        path.join(server.dir, 'next-build.log'),
      );
    }
    await server.start();
    const { location } = await get(`${server.base}/news/1`);
    const urls = {
      home: `${server.base}/`,
      article: new URL(location ?? '/news/1', server.base).href,
      search: `${server.base}/search?q=${encodeURIComponent(SEARCH_QUERY)}`,
    };
    for (const url of Object.values(urls)) await warm(url);
    console.log(
      `Server ${server.base} on a fresh demo database; ${options.durationSeconds} s, ${options.connections} connections per reader target, one publish a second`,
    );

    const until = performance.now() + options.durationSeconds * 1000;
    const [home, article, search, publishing] = await Promise.all([
      load(urls.home, options),
      load(urls.article, options),
      load(urls.search, options),
      publishEverySecond(server, until),
    ]);
    const readerErrors = printReaders({ home, article, search });
    const { lost } = printPublishing(publishing);
    const problems = [
      readerErrors && `${readerErrors} reader errors`,
      publishing.made.length + publishing.failed === 0 && 'no story was published',
      publishing.failed && `${publishing.failed} publishes failed`,
      lost && `${lost} stories never visible within ${VISIBLE_WITHIN_MS / 1000} s`,
    ].filter(Boolean);
    if (problems.length) throw new Error(`\nLoad test failed: ${problems.join(', ')}`);
  } finally {
    await server.dispose();
  }
}

await runScript(main);
