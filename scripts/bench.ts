// npm run bench [-- --articles 100000] [--no-build] [--regenerate] [--duration 10] [--connections 10]
//
// Load-tests the production build against a large archive (data/large.db):
// each reader page under autocannon next to a bare node:http server sending
// that page's own bytes from memory, uncached article renders, direct search
// latency, and the JavaScript each page ships. Results go to bench-results/.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '../db/client';
import { createRandom } from '../db/seed/archive';
import { articlePath } from '../lib/site-url';
import { createLargeDatabase, LARGE_DATABASE_PATH } from './seed-large';
import { BaselineServer } from './bench/baseline';
import { canonicalArticleUrl, firstHits, load, type LoadOptions, shippedJs, type ShippedJs, warm } from './bench/http';
import { type PageLoad, printFigures, printLoadTable, shareOfBaseline } from './bench/report';
import { runScript, runToEnd, startProcess, stopProcess, tailOf, waitForHttp } from './support/processes';
import type { DbTimings } from './bench/db-timings';

const PORT = 3300;
// No -H: the locale proxy needs the server reachable as "localhost".
const BASE = `http://localhost:${PORT}`;
const PAGE_SIZE = 12;
const DEEP_PAGE = 500;
const FIRST_HIT_PAGES = 40;
const SEARCH_QUERY = 'الحكومة مشروع';
const RESULTS_DIR = 'bench-results';

type Options = {
  articles: number;
  databaseFile: string;
  build: boolean;
  regenerate: boolean;
  load: LoadOptions;
};

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100000' },
      db: { type: 'string', default: LARGE_DATABASE_PATH },
      'no-build': { type: 'boolean', default: false },
      regenerate: { type: 'boolean', default: false },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
    },
  });
  return {
    articles: Number(values.articles),
    databaseFile: values.db,
    build: !values['no-build'],
    regenerate: values.regenerate,
    load: { durationSeconds: Number(values.duration), connections: Number(values.connections) },
  };
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

// ---------------------------------------------------------------------------
// Preparation
// ---------------------------------------------------------------------------

/** Generates the archive when missing (or asked to), and applies any newer migrations to it. */
function ensureDatabase({ databaseFile, articles, regenerate }: Options) {
  let generation: ReturnType<typeof createLargeDatabase> | undefined;
  if (regenerate || !fs.existsSync(databaseFile)) generation = createLargeDatabase({ file: databaseFile, articles });
  const db = openDatabase(databaseFile);
  try {
    migrateDatabase(db);
    const count = db.$client.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    return { file: databaseFile, articles: count, generatedInSeconds: generation?.totalSeconds ?? null };
  } finally {
    db.$client.close();
  }
}

type Targets = { articleId: number; section: { slug: string; pages: number; page: number }; firstHitPaths: string[] };

/** What to request, chosen from the archive: a mid-archive story, the biggest section, unseen stories. */
function chooseTargets(databaseFile: string): Targets {
  const db = openDatabase(databaseFile);
  try {
    const now = Date.now();
    const publicArabic = db.$client
      .prepare(`SELECT id, slug FROM articles WHERE language = 'ar' AND status IN ('published', 'scheduled') AND published_at <= ? ORDER BY id`)
      .all(now) as { id: number; slug: string }[];
    const biggest = db.$client
      .prepare(
        `SELECT s.slug, count(*) AS stories FROM articles a JOIN sections s ON s.id = a.section_id
         WHERE a.language = 'ar' AND a.status IN ('published', 'scheduled') AND a.published_at <= ?
         GROUP BY s.id ORDER BY stories DESC LIMIT 1`,
      )
      .get(now) as { slug: string; stories: number };
    const article = publicArabic[Math.floor(publicArabic.length / 2)];
    const random = createRandom(11);
    const unseen = new Map<number, string>();
    while (unseen.size < Math.min(FIRST_HIT_PAGES, publicArabic.length - 1)) {
      const candidate = random.pick(publicArabic);
      if (candidate.id !== article.id) unseen.set(candidate.id, articlePath(candidate));
    }
    const pages = Math.ceil(biggest.stories / PAGE_SIZE);
    return { articleId: article.id, section: { slug: biggest.slug, pages, page: Math.min(DEEP_PAGE, pages) }, firstHitPaths: [...unseen.values()] };
  } finally {
    db.$client.close();
  }
}

/** Direct query timings, in a child process with the react-server condition (see scripts/bench/db-timings.ts). */
async function measureDatabase(databaseFile: string, logDir: string): Promise<DbTimings> {
  const logFile = path.join(logDir, 'db-timings.log');
  await runToEnd('db timings', process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/bench/db-timings.ts'], { ...process.env, DATABASE_PATH: databaseFile }, logFile);
  return JSON.parse(tailOf(logFile, 1));
}

async function buildApp(databaseFile: string, logDir: string) {
  const logFile = path.join(logDir, 'next-build.log');
  await runToEnd('next build', 'node_modules/.bin/next', ['build'], { ...process.env, DATABASE_PATH: databaseFile }, logFile);
}

// ---------------------------------------------------------------------------
// Measurements against the running server
// ---------------------------------------------------------------------------

async function pageUrls(targets: Targets): Promise<Record<string, string>> {
  const section = `${BASE}/section/${encodeURIComponent(targets.section.slug)}`;
  return {
    home: `${BASE}/`,
    article: await canonicalArticleUrl(BASE, targets.articleId),
    'section p1': section,
    [`section p${targets.section.page}`]: `${section}/page/${targets.section.page}`,
    search: `${BASE}/search?q=${encodeURIComponent(SEARCH_QUERY)}`,
    rss: `${BASE}/rss.xml`,
  };
}

/** Each page warm under load, then its baseline copy straight after, so both see the same machine. */
async function loadPages(urls: Record<string, string>, options: LoadOptions, logDir: string): Promise<Record<string, PageLoad>> {
  const caches: Record<string, string> = {};
  for (const [name, url] of Object.entries(urls)) caches[name] = await warm(url);
  const baseline = await BaselineServer.start(Object.values(urls), logDir);
  try {
    const loads: Record<string, PageLoad> = {};
    for (const [name, url] of Object.entries(urls)) {
      console.log(`Load: ${name} and its baseline (${options.connections} connections, ${options.durationSeconds} s each)`);
      const page = { ...(await load(url, options)), cache: caches[name] };
      const copy = baseline.urlFor(url);
      await warm(copy);
      const baselineLoad = await load(copy, options);
      loads[name] = { page, baseline: baselineLoad, share: shareOfBaseline(page, baselineLoad) };
    }
    return loads;
  } finally {
    await baseline.stop();
  }
}

type BenchResults = {
  startedAt: string;
  options: Options;
  database: ReturnType<typeof ensureDatabase>;
  buildSeconds: number | null;
  urls: Record<string, string>;
  load: Record<string, PageLoad>;
  firstHit: Awaited<ReturnType<typeof firstHits>>;
  db: DbTimings;
  js: Record<string, ShippedJs>;
};

// ---------------------------------------------------------------------------

async function main() {
  const options = readOptions();
  const startedAt = new Date().toISOString();
  const runDir = path.join(RESULTS_DIR, startedAt.replace(/[:.]/g, '-'));
  fs.mkdirSync(runDir, { recursive: true });

  const database = ensureDatabase(options);
  console.log(`Database ${database.file}: ${database.articles.toLocaleString('en')} articles`);
  const targets = chooseTargets(database.file);

  console.log('Timing queries directly…');
  const db = await measureDatabase(database.file, runDir);

  let buildSeconds: number | null = null;
  if (options.build) {
    console.log('next build…');
    const started = performance.now();
    await buildApp(database.file, runDir);
    buildSeconds = seconds(started);
    console.log(`  built in ${buildSeconds} s`);
  } else if (!fs.existsSync('.next')) {
    throw new Error('--no-build needs an existing .next build');
  }

  const server = startProcess('next start', 'node_modules/.bin/next', ['start', '-p', String(PORT)], { ...process.env, DATABASE_PATH: database.file }, path.join(runDir, 'next-start.log'));
  await waitForHttp(`${BASE}/`, server);
  const urls = await pageUrls(targets);

  const loads = await loadPages(urls, options.load, runDir);
  console.log('First requests of unseen article pages…');
  const firstHit = await firstHits(targets.firstHitPaths.map((articlePathname) => `${BASE}${articlePathname}`));
  const js: Record<string, ShippedJs> = {};
  for (const [name, url] of Object.entries(urls)) if (name !== 'rss') js[name] = await shippedJs(url);
  await stopProcess(server);

  const results: BenchResults = { startedAt, options, database, buildSeconds, urls, load: loads, firstHit, db, js };
  printLoadTable(loads);
  printFigures(results);
  const resultFile = path.join(RESULTS_DIR, `${startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(resultFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${resultFile} (logs in ${runDir}/)`);
}

await runScript(main);
