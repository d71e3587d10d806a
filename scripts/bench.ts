// npm run bench [-- --articles 100000] [--no-build] [--regenerate] [--duration 10] [--connections 10] [--seed N]
// npm run bench -- --edge [--articles 3000] [--no-build] [--duration 10] [--connections 10]: see scripts/bench/edge.ts
//
// Load-tests the production build against a large archive (data/large.db):
// each reader page under autocannon next to a bare node:http server sending
// that page's own bytes from memory, the first (uncached) render of unseen
// articles and of deep against first section pages, direct query timings,
// and the JavaScript each page ships. Results go to bench-results/.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '../db/client';
import { createLargeDatabase, LARGE_DATABASE_PATH } from './seed-large';
import { BaselineServer } from './bench/baseline';
import { chooseTargets, type Targets } from './bench/choose-targets';
import { checkGoals, printGoals } from './bench/goals';
import {
  canonicalArticleUrl,
  firstRequests,
  load,
  type LoadOptions,
  shippedJs,
  type ShippedJs,
  summarizeFirstHits,
  warm,
} from './bench/http';
import { type PageLoad, printFigures, printLoadTable, shareOfBaseline } from './bench/report';
import { DEEP_PAGE, measureSectionDepth, sectionDepthPlan } from './bench/section-depth';
import { freePort } from './support/ports';
import { runScript, runToEnd, startProcess, stopProcess, tailOf, waitForHttp } from './support/processes';
import type { DbTimings } from './bench/db-timings';
import { benchEdge } from './bench/edge';
import { articleUnderSearchLoad } from './bench/search-load';

const SEARCH_QUERY = 'الحكومة مشروع';
// Renders of the framework's floor page (app/[locale]/bench-floor), timed like the unseen articles.
const FLOOR_REQUESTS = 40;
const RESULTS_DIR = 'bench-results';

type Options = {
  articles: number;
  databaseFile: string;
  build: boolean;
  regenerate: boolean;
  load: LoadOptions;
  /** Picks the unseen stories; from the clock unless given, so each run renders different ones. */
  seed: number;
  /** The Varnish + workers + Redis tier instead (scripts/bench/edge.ts). */
  edge: boolean;
};

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      db: { type: 'string', default: LARGE_DATABASE_PATH },
      'no-build': { type: 'boolean', default: false },
      regenerate: { type: 'boolean', default: false },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      seed: { type: 'string' },
      edge: { type: 'boolean', default: false },
    },
  });
  return {
    articles: Number(values.articles ?? (values.edge ? 3000 : 100_000)),
    databaseFile: values.db,
    build: !values['no-build'],
    regenerate: values.regenerate,
    load: { durationSeconds: Number(values.duration), connections: Number(values.connections) },
    seed: values.seed === undefined ? Date.now() % 2 ** 32 : Number(values.seed),
    edge: values.edge,
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

/** Direct query timings, in a child process with the react-server condition (see scripts/bench/db-timings.ts). */
async function measureDatabase(databaseFile: string, logDir: string): Promise<DbTimings> {
  const logFile = path.join(logDir, 'db-timings.log');
  await runToEnd(
    'db timings',
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/bench/db-timings.ts'],
    { ...process.env, DATABASE_PATH: databaseFile },
    logFile,
  );
  return JSON.parse(tailOf(logFile, 1));
}

async function buildApp(databaseFile: string, logDir: string) {
  const logFile = path.join(logDir, 'next-build.log');
  await runToEnd(
    'next build',
    'node_modules/.bin/next',
    ['build'],
    { ...process.env, DATABASE_PATH: databaseFile },
    logFile,
  );
}

/**
 * CACHE_TO_DISK=0: what this server renders stays in its memory, so no page
 * outlives the run in .next/ and the next run's first requests render again.
 */
async function startServer(databaseFile: string, logDir: string) {
  const port = await freePort();
  // No -H: the locale proxy needs the server reachable as "localhost".
  const base = `http://localhost:${port}`;
  const env = { ...process.env, DATABASE_PATH: databaseFile, CACHE_TO_DISK: '0', BENCH_FLOOR: '1' };
  const server = startProcess(
    'next start',
    'node_modules/.bin/next',
    ['start', '-p', String(port)],
    env,
    path.join(logDir, 'next-start.log'),
  );
  await waitForHttp(`${base}/`, server);
  return { base, server };
}

// ---------------------------------------------------------------------------
// Measurements against the running server
// ---------------------------------------------------------------------------

/** The pages loaded warm. Their section is the biggest: the unseen section pages come from the others. */
async function pageUrls(base: string, targets: Targets) {
  const biggest = targets.sections[0];
  const section = `${base}/section/${encodeURIComponent(biggest.slug)}`;
  const deepPage = Math.min(DEEP_PAGE, biggest.pages);
  const sectionKeys = { first: 'section p1', deep: `section p${deepPage}` };
  const urls: Record<string, string> = {
    home: `${base}/`,
    article: await canonicalArticleUrl(base, targets.articleId),
    [sectionKeys.first]: section,
    [sectionKeys.deep]: `${section}/page/${deepPage}`,
    search: `${base}/search?q=${encodeURIComponent(SEARCH_QUERY)}`,
    rss: `${base}/rss.xml`,
  };
  return { urls, sectionKeys };
}

/** Each page warm under load, then its baseline copy straight after, so both see the same machine. */
async function loadPages(
  urls: Record<string, string>,
  options: LoadOptions,
  logDir: string,
): Promise<Record<string, PageLoad>> {
  const caches: Record<string, string> = {};
  for (const [name, url] of Object.entries(urls)) caches[name] = await warm(url);
  const baseline = await BaselineServer.start(Object.values(urls), logDir);
  try {
    const loads: Record<string, PageLoad> = {};
    for (const [name, url] of Object.entries(urls)) {
      console.log(
        `Load: ${name} and its baseline (${options.connections} connections, ${options.durationSeconds} s each)`,
      );
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

// ---------------------------------------------------------------------------

async function main() {
  const options = readOptions();
  const startedAt = new Date().toISOString();
  const runDir = path.join(RESULTS_DIR, startedAt.replace(/[:.]/g, '-'));
  fs.mkdirSync(runDir, { recursive: true });
  if (options.edge) {
    const build = options.build ? (databaseFile: string) => buildApp(databaseFile, runDir) : undefined;
    return benchEdge({ ...options.load, articles: options.articles, build });
  }

  const database = ensureDatabase(options);
  console.log(`Database ${database.file}: ${database.articles.toLocaleString('en')} articles; seed ${options.seed}`);
  const targets = chooseTargets(database.file, options.seed);

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

  const { base, server } = await startServer(database.file, runDir);
  const { urls, sectionKeys } = await pageUrls(base, targets);
  const loads = await loadPages(urls, options.load, runDir);
  console.log('Load: the article alone, then while unique searches run…');
  const searchLoad = await articleUnderSearchLoad(urls.article, base, targets.searchWords, options.load);
  console.log('First requests of unseen article and section pages…');
  const firstHit = summarizeFirstHits(
    await firstRequests(targets.unseenArticlePaths.map((articlePath) => `${base}${articlePath}`)),
  );
  const floor = summarizeFirstHits(await firstRequests(Array(FLOOR_REQUESTS).fill(`${base}/bench-floor`)));
  const sectionDepth = await measureSectionDepth(base, sectionDepthPlan(targets.sections.slice(1)));
  const js: Record<string, ShippedJs> = {};
  for (const [name, url] of Object.entries(urls)) if (name !== 'rss') js[name] = await shippedJs(url);
  await stopProcess(server);

  const goals = checkGoals({
    loads,
    sectionKeys,
    connections: options.load.connections,
    articles: database.articles,
    firstHit,
    floor,
    sectionDepth,
    searchDirectP95: db.search.all.p95,
    searchLoad,
  });
  const results = {
    startedAt,
    options,
    database,
    buildSeconds,
    urls,
    load: loads,
    firstHit,
    floor,
    sectionDepth,
    db,
    js,
    searchLoad,
    goals,
  };
  printLoadTable(loads);
  printFigures(results);
  printGoals(goals);
  const resultFile = path.join(RESULTS_DIR, `${startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(resultFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${resultFile} (logs in ${runDir}/)`);
}

await runScript(main);
