// npm run seed:large -- --articles 100000 [--db data/large.db] [--seed 42]
// Builds a separate, large database for query-plan checks and benchmarks.
// The file is replaced: it is test data, never the portal's own database.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { migrateDatabase, openDatabase } from '../db/client';
import { seedDemoContent } from '../db/seed/seed-demo';
import { generateArchive, type ArchiveProgress } from '../db/seed/archive';

export const LARGE_DATABASE_PATH = 'data/large.db';

export type LargeDatabaseOptions = { file?: string; articles: number; seed?: number };

function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * The file is new and nothing else has it open, so a crash mid-load only loses
 * test data: no fsync and no journal on disk while it fills, and a large page cache for
 * the FTS index's merges. The portal's own pragmas (db/client.ts) come back after.
 */
function withBulkLoadPragmas<T>(client: Database.Database, load: () => T): T {
  // Out of WAL (whose pages are written twice) into a rollback journal kept in
  // memory: better-sqlite3's defensive mode refuses journal_mode = OFF.
  client.pragma('journal_mode = DELETE');
  client.pragma('journal_mode = MEMORY');
  client.pragma('synchronous = OFF');
  client.pragma('cache_size = -2000000');
  client.pragma('mmap_size = 4000000000');
  try {
    return load();
  } finally {
    client.pragma('cache_size = -2000');
    client.pragma('mmap_size = 0');
    client.pragma('synchronous = NORMAL');
    client.pragma('journal_mode = WAL');
  }
}

let lastDecile = -1;

function printProgress({ phase, done, total, elapsedMs }: ArchiveProgress) {
  const seconds = (elapsedMs / 1000).toFixed(1);
  if (phase === 'articles') {
    const line = `  articles ${done.toLocaleString('en')} / ${total.toLocaleString('en')}  (${seconds} s)`;
    // A log file gets one line per tenth; a terminal gets a line that updates in place.
    if (process.stdout.isTTY) process.stdout.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (Math.floor((done * 10) / total) !== lastDecile) console.log(line);
    lastDecile = Math.floor((done * 10) / total);
  }
  if (phase === 'analyze') console.log(`  ANALYZE… (${seconds} s)`);
}

/** Creates `file` from scratch: migrated, demo-seeded, then `articles` generated stories. */
export function createLargeDatabase({ file = LARGE_DATABASE_PATH, articles, seed }: LargeDatabaseOptions) {
  const started = performance.now();
  removeDatabase(file);
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    seedDemoContent(db);
    console.log(`Generating ${articles.toLocaleString('en')} articles into ${file}`);
    const result = withBulkLoadPragmas(db.$client, () =>
      generateArchive(db, { articles, seed, onProgress: printProgress }),
    );
    const seconds = (performance.now() - started) / 1000;
    const megabytes = fs.statSync(file).size / 1024 / 1024;
    console.log(
      `Done: ${result.articles.toLocaleString('en')} articles (ids ${result.firstId}–${result.lastId}), ` +
        `${result.articleTags.toLocaleString('en')} tag links, ${megabytes.toFixed(0)} MB, in ${seconds.toFixed(1)} s`,
    );
    return { ...result, totalSeconds: seconds, megabytes };
  } finally {
    db.$client.close();
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100000' },
      db: { type: 'string', default: LARGE_DATABASE_PATH },
      seed: { type: 'string' },
    },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 0)
    throw new Error(`--articles must be a whole number, got ${values.articles}`);
  createLargeDatabase({ file: values.db, articles, seed: values.seed === undefined ? undefined : Number(values.seed) });
}

// Also imported by scripts/bench.ts, which must not run the CLI.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
