// npm run lighthouse [-- --runs 3] [--build]
//
// Lighthouse (mobile, simulated throttling: its defaults) on the reader pages
// of the production build, served by `next start` on a fresh copy of the demo
// database, in Debian's Chromium. Prints the four category scores, LCP, CLS,
// TBT and the compressed JavaScript of each page, lists every audit that keeps
// a category from full marks, and writes JSON to bench-results/.
// Nothing is fetched from outside localhost: Lighthouse audits offline, and
// Chromium's own background traffic is switched off by its flags.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { type Result } from 'lighthouse';
import { openDatabase } from '../db/client';
import { seedArticle } from '../db/seed/seed-article';
import { canonicalArticleUrl } from './bench/http';
import { runScript, runToEnd, startProcess, stopProcess, waitForHttp } from './support/processes';

const PORT = 3600;
// No -H: the locale proxy needs the server reachable as "localhost".
const BASE = `http://localhost:${PORT}`;
const DATABASE_FILE = 'data/lighthouse.db';
const RESULTS_DIR = 'bench-results';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const APP_ENV = { ...process.env, DATABASE_PATH: DATABASE_FILE, SITE_URL: BASE };
// Pages rendered from this database stay in memory, out of .next/ where other servers of the same build would find them.
const SERVER_ENV = { ...APP_ENV, CACHE_TO_DISK: '0' };

function readOptions() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '1' }, build: { type: 'boolean', default: false } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
  return { runs, build: values.build || !fs.existsSync('.next/BUILD_ID') };
}

// ---------------------------------------------------------------------------
// Server and browser
// ---------------------------------------------------------------------------

async function freshDatabase(logDir: string) {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${DATABASE_FILE}${suffix}`, { force: true });
  await runToEnd('db setup', 'node_modules/.bin/tsx', ['db/setup.ts'], APP_ENV, path.join(logDir, 'db-setup.log'));
}

function seedArticleId(): number {
  const db = openDatabase(DATABASE_FILE);
  try {
    const id = db.$client.prepare('SELECT id FROM articles WHERE title = ?').pluck().get(seedArticle.title) as
      number | undefined;
    if (!id) throw new Error(`The seed article is missing from ${DATABASE_FILE}`);
    return id;
  } finally {
    db.$client.close();
  }
}

/** Chromium with a throwaway profile; Lighthouse drives it over the DevTools port Chromium picks and writes into the profile. */
async function startChromium(logDir: string) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-lighthouse-'));
  const started = startProcess(
    'chromium',
    CHROMIUM,
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    process.env,
    path.join(logDir, 'chromium.log'),
  );
  const portFile = path.join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + 30_000;
  while (!fs.existsSync(portFile) || !fs.readFileSync(portFile, 'utf8').includes('\n')) {
    if (Date.now() > deadline) throw new Error(`Chromium did not open its DevTools port; see ${started.logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const port = Number(fs.readFileSync(portFile, 'utf8').split('\n')[0]);
  return {
    port,
    stop: async () => {
      await stopProcess(started);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------
// Lighthouse
// ---------------------------------------------------------------------------

type Failing = { id: string; title: string; score: number; displayValue?: string };
type Script = { url: string; transferBytes: number; resourceBytes: number };
type PageResult = {
  url: string;
  finalUrl: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  jsTransferBytes: number;
  scripts: Script[];
  failing: Record<string, Failing[]>;
  runs: number[];
  /** Lighthouse's measure of this machine's speed during the run (lower is slower): the scores of a busy machine are not comparable. */
  benchmarkIndex: number;
};

async function audit(url: string, port: number): Promise<Result> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    disableFullPageScreenshot: true,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? NaN;

function scriptsOf(lhr: Result): Script[] {
  const details = lhr.audits['network-requests']?.details as
    { items?: { url: string; resourceType?: string; transferSize?: number; resourceSize?: number }[] } | undefined;
  return (details?.items ?? [])
    .filter((item) => item.resourceType === 'Script')
    .map((item) => ({ url: item.url, transferBytes: item.transferSize ?? 0, resourceBytes: item.resourceSize ?? 0 }));
}

/** The scored audits of each category that are below full marks. */
function failingAudits(lhr: Result): Record<string, Failing[]> {
  const failing: Record<string, Failing[]> = {};
  for (const category of CATEGORIES) {
    failing[category] = lhr.categories[category].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (result) =>
          result.score !== null &&
          result.score < 1 &&
          ['binary', 'numeric', 'metricSavings'].includes(result.scoreDisplayMode),
      )
      .map((result) => ({
        id: result.id,
        title: result.title,
        score: result.score!,
        displayValue: result.displayValue,
      }));
  }
  return failing;
}

function summarise(url: string, lhr: Result, performanceRuns: number[]): PageResult {
  const scripts = scriptsOf(lhr);
  return {
    url,
    finalUrl: lhr.finalDisplayedUrl,
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(lhr, category)])) as PageResult['scores'],
    lcpMs: Math.round(numeric(lhr, 'largest-contentful-paint')),
    cls: Math.round(numeric(lhr, 'cumulative-layout-shift') * 1000) / 1000,
    tbtMs: Math.round(numeric(lhr, 'total-blocking-time')),
    fcpMs: Math.round(numeric(lhr, 'first-contentful-paint')),
    jsTransferBytes: scripts.reduce((sum, script) => sum + script.transferBytes, 0),
    scripts,
    failing: failingAudits(lhr),
    runs: performanceRuns,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

/**
 * Runs Lighthouse `runs` times and keeps the run with the median performance
 * score, as the scores vary from run to run on a busy machine. Its whole
 * report goes to `reportFile`, for the details of each audit.
 */
async function measure(url: string, port: number, runs: number, reportFile: string): Promise<PageResult> {
  const results: Result[] = [];
  for (let run = 0; run < runs; run++) results.push(await audit(url, port));
  const median = results.toSorted((a, b) => score(a, 'performance') - score(b, 'performance'))[
    Math.floor((runs - 1) / 2)
  ];
  fs.writeFileSync(reportFile, JSON.stringify(median));
  return summarise(
    url,
    median,
    results.map((lhr) => score(lhr, 'performance')),
  );
}

// ---------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------

function printTable(pages: Record<string, PageResult>) {
  const header = ['page', 'perf', 'a11y', 'best-pr', 'seo', 'LCP ms', 'CLS', 'TBT ms', 'JS KB (transfer)', 'CPU index'];
  const lines = Object.entries(pages).map(([name, page]) => [
    name,
    ...CATEGORIES.map((category) => String(page.scores[category])),
    String(page.lcpMs),
    page.cls.toFixed(3),
    String(page.tbtMs),
    (page.jsTransferBytes / 1024).toFixed(1),
    String(page.benchmarkIndex),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  console.log(`\n${format(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const line of lines) console.log(format(line));
}

function printFailing(pages: Record<string, PageResult>) {
  for (const [name, page] of Object.entries(pages)) {
    const entries = CATEGORIES.flatMap((category) =>
      page.failing[category].map((failing) => ({ category, ...failing })),
    );
    if (entries.length === 0) continue;
    console.log(`\n${name} (${page.finalUrl}):`);
    for (const entry of entries)
      console.log(
        `  [${entry.category}] ${entry.id} (${entry.score}): ${entry.title}${entry.displayValue ? ` — ${entry.displayValue}` : ''}`,
      );
  }
}

// ---------------------------------------------------------------------------

async function main() {
  const options = readOptions();
  const startedAt = new Date().toISOString();
  const stamp = startedAt.replace(/[:.]/g, '-');
  const logDir = path.join(RESULTS_DIR, `lighthouse-${stamp}`);
  fs.mkdirSync(logDir, { recursive: true });

  await freshDatabase(logDir);
  if (options.build) {
    console.log('next build…');
    await runToEnd('next build', 'node_modules/.bin/next', ['build'], APP_ENV, path.join(logDir, 'next-build.log'));
  }
  // A server left on the port would answer in place of ours (and maybe from another build).
  if (
    await fetch(BASE).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`Something already answers on ${BASE}: stop it first`);
  const server = startProcess(
    'next start',
    'node_modules/.bin/next',
    ['start', '-p', String(PORT)],
    SERVER_ENV,
    path.join(logDir, 'next-start.log'),
  );
  await waitForHttp(`${BASE}/api/health`, server);

  const urls: Record<string, string> = {
    home: `${BASE}/`,
    article: await canonicalArticleUrl(BASE, seedArticleId()),
    section: `${BASE}/section/world`,
    search: `${BASE}/search?q=${encodeURIComponent('الصين')}`,
    'home (en)': `${BASE}/en`,
  };
  const chromium = await startChromium(logDir);
  const pages: Record<string, PageResult> = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      console.log(`Lighthouse: ${name} ×${options.runs}`);
      pages[name] = await measure(
        url,
        chromium.port,
        options.runs,
        path.join(logDir, `${name.match(/\w+/g)!.join('-')}.report.json`),
      );
    }
  } finally {
    await chromium.stop();
    await stopProcess(server);
  }

  printTable(pages);
  if (options.runs > 1)
    console.log(
      `\nMedian of ${options.runs} runs by performance score; all runs: ${Object.entries(pages)
        .map(([name, page]) => `${name} ${page.runs.join('/')}`)
        .join(', ')}`,
    );
  printFailing(pages);
  const resultFile = path.join(RESULTS_DIR, `lighthouse-${stamp}.json`);
  fs.writeFileSync(
    resultFile,
    `${JSON.stringify({ startedAt, runs: options.runs, built: options.build, pages }, null, 2)}\n`,
  );
  console.log(`\nWrote ${resultFile} (logs and each page's whole Lighthouse report in ${logDir}/)`);
}

await runScript(main);
