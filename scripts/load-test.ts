// npm run loadtest [-- --duration 20] [--connections 4] [--build] [--beacon] [--beacon-rate 30]
//
// Readers and an editor at once, against the production server on a fresh
// demo database: autocannon reads the home page, an article and a search for
// the whole run while an editor publishes a new story every second through
// the real article form (a signed-in server-action POST). Each story is timed
// from the moment the editor pressed publish until its link is on the home
// page and its own page answers. Builds first when there is no build (or with
// --build). With --beacon, readers also post the «الأكثر قراءة» view beacon for
// the article, as a browser does after loading it: at --beacon-rate posts a
// second (30, about the article's own rate here), so that the cached pages' p99
// with and without it compares the beacon's cost, not a fifth saturating target.
// Timing goals live here, never in tests. Exits non-zero when a reader got an
// error or a story failed to publish or never showed up.
// Meanwhile readers poll the demo live blog's entries endpoint while a second
// editor posts an entry to it every few seconds through the live-blog panel;
// each entry is timed until a poll returns it (scripts/bench/live-polling.ts).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runScript, runToEnd } from './support/processes';
import { SideServer } from './support/side-server';
import { get, load, type LoadResult, warm } from './bench/http';
import { printPublishing, publishEverySecond, VISIBLE_WITHIN_MS } from './bench/publishing';
import { demoLiveBlog, ENTRY_EVERY_MS, postEntriesUntil, printLivePosting } from './bench/live-polling';
import { printTable } from './support/table';

const SEARCH_QUERY = 'الحكومة';
// What navigator.sendBeacon posts from the article page (story 1, the seed article), from a browser.
const BEACON = {
  body: '1',
  headers: {
    'content-type': 'text/plain;charset=UTF-8',
    'user-agent':
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  },
};

function readOptions() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '4' },
      build: { type: 'boolean', default: false },
      beacon: { type: 'boolean', default: false },
      'beacon-rate': { type: 'string', default: '30' },
    },
  });
  return {
    durationSeconds: Number(values.duration),
    connections: Number(values.connections),
    build: values.build || !fs.existsSync('.next/BUILD_ID'),
    beacon: values.beacon,
    beaconRate: Number(values['beacon-rate']),
  };
}

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
    const liveBlog = demoLiveBlog(server);
    const urls = {
      home: `${server.base}/`,
      article: new URL(location ?? '/news/1', server.base).href,
      search: `${server.base}/search?q=${encodeURIComponent(SEARCH_QUERY)}`,
      live: liveBlog.endpoint,
    };
    for (const url of Object.values(urls)) await warm(url);
    console.log(
      `Server ${server.base} on a fresh demo database; ${options.durationSeconds} s, ${options.connections} connections per reader target, one publish a second, one live entry every ${ENTRY_EVERY_MS / 1000} s`,
    );

    const until = performance.now() + options.durationSeconds * 1000;
    const newsroom = { base: server.base, databaseFile: server.databaseFile };
    const [home, article, search, live, publishing, posting, beacon] = await Promise.all([
      load(urls.home, options),
      load(urls.article, options),
      load(urls.search, options),
      load(urls.live, options),
      publishEverySecond(newsroom, until),
      postEntriesUntil(newsroom, liveBlog.articleId, liveBlog.endpoint, until),
      options.beacon
        ? load(`${server.base}/api/views`, { ...options, overallRate: options.beaconRate }, BEACON)
        : undefined,
    ]);
    const readerErrors = printReaders({ home, article, search, 'live entries': live, ...(beacon && { beacon }) });
    const { lost } = printPublishing(publishing);
    const { lost: lostEntries } = printLivePosting(posting);
    const problems = [
      readerErrors && `${readerErrors} reader errors`,
      publishing.made.length + publishing.failed === 0 && 'no story was published',
      publishing.failed && `${publishing.failed} publishes failed`,
      lost && `${lost} stories never visible within ${VISIBLE_WITHIN_MS / 1000} s`,
      posting.visible.length + posting.failed === 0 && 'no live entry was posted',
      posting.failed && `${posting.failed} live entries failed`,
      lostEntries && `${lostEntries} live entries never returned by the endpoint`,
    ].filter(Boolean);
    if (problems.length) throw new Error(`\nLoad test failed: ${problems.join(', ')}`);
  } finally {
    await server.dispose();
  }
}

await runScript(main);
