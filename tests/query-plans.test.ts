import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { migrateDatabase, openDatabase } from '@/db/client';
import { seedDemoContent } from '@/db/seed/seed-demo';
import { generateArchive } from '@/db/seed/archive';

// Every reader query, run against an archive big enough (and ANALYZEd) for
// SQLite's planner to choose as it would at 100,000 stories, must reach the
// articles it needs through an index: a full scan of `articles` is fine on the
// demo data and ruinous on a real archive.

const ARCHIVE_SIZE = 4_000;
// The plans of the server's own connection (a search worker prepares the same statements).
process.env.SEARCH_WORKERS = '0';
const now = Date.now();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-plans-'));
const file = path.join(dir, 'archive.db');
{
  const setup = openDatabase(file);
  migrateDatabase(setup);
  seedDemoContent(setup, now);
  generateArchive(setup, { articles: ARCHIVE_SIZE, now }); // ends with ANALYZE
  setup.$client.close();
}
process.env.DATABASE_PATH = file;

const { db } = await import('@/db');
const recorder = recordStatements(db.$client);
const queries = await import('@/db/queries/articles');
const site = await import('@/db/queries/site');
const sitemap = await import('@/db/queries/sitemap');
const schedule = await import('@/lib/cache/clock');
const { searchArticles } = await import('@/db/queries/search');
const { searchPage } = await import('@/lib/cache/search-pages');
const { tagRenamedFrom } = await import('@/db/queries/tags');

afterAll(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------
// Capturing the SQL a query function runs, with the values it bound
// ---------------------------------------------------------------------------

type Executed = { sql: string; params: unknown[] };
type Sqlite = typeof db.$client;
type PlanRow = { id: number; parent: number; detail: string };

/** Wraps the connection's prepare so statements report each execution while a capture is running. */
function recordStatements(client: Sqlite) {
  const prepare = client.prepare.bind(client) as (sql: string) => Database.Statement<unknown[]>;
  let executed: Executed[] | undefined;
  client.prepare = ((sql: string) => {
    const statement = prepare(sql);
    // Own properties shadow the prototype's methods; raw()/pluck() return the same object.
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      Object.assign(statement, {
        [method]: (...params: unknown[]) => (executed?.push({ sql, params }), original(...params)),
      });
    }
    return statement;
  }) as Sqlite['prepare'];

  return {
    /** The distinct statements `run` executed, in order. */
    capture(run: () => unknown): Executed[] {
      executed = [];
      try {
        run();
        return [...new Map(executed.map((entry) => [entry.sql, entry])).values()];
      } finally {
        executed = undefined;
      }
    },
    plan({ sql, params }: Executed): PlanRow[] {
      return prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as PlanRow[];
    },
  };
}

/** The plan as sqlite3's shell prints it, for assertion messages. */
function formatPlan(rows: PlanRow[]): string {
  const depth = new Map<number, number>([[0, 0]]);
  return rows
    .map((row) => {
      const level = (depth.get(row.parent) ?? 0) + 1;
      depth.set(row.id, level);
      return `${'  '.repeat(level)}${row.detail}`;
    })
    .join('\n');
}

// `a` and `translation` are the aliases search.ts and publicArticle give articles.
const ARTICLE_TABLES = ['articles', 'a', 'translation', 'article_tags'];
// "SCAN articles", "SCAN articles AS x" and a walk of a whole index ("SCAN a USING COVERING INDEX …"); a SEARCH is a range.
const isFullScan = (detail: string) =>
  ARTICLE_TABLES.some((table) => detail === `SCAN ${table}` || detail.startsWith(`SCAN ${table} `));
const sortsInTempTree = (detail: string) => detail.startsWith('USE TEMP B-TREE FOR ORDER BY');

function explain(run: () => unknown) {
  const statements = recorder.capture(run);
  expect(statements.length, 'the query function ran no SQL').toBeGreaterThan(0);
  return statements.map((statement) => {
    const rows = recorder.plan(statement);
    const text = `${statement.sql.replace(/\s+/g, ' ').trim()}\n  params: ${JSON.stringify(statement.params)}\n${formatPlan(rows)}`;
    return { rows, text };
  });
}

function expectNoFullScan(run: () => unknown) {
  for (const { rows, text } of explain(run)) {
    expect(
      rows.filter((row) => isFullScan(row.detail)),
      `full table scan in:\n${text}`,
    ).toEqual([]);
  }
}

function expectIndexOrder(run: () => unknown) {
  for (const { rows, text } of explain(run)) {
    expect(
      rows.filter((row) => sortsInTempTree(row.detail)),
      `sorts every matching row in:\n${text}`,
    ).toEqual([]);
  }
}

// ---------------------------------------------------------------------------
// Realistic arguments, taken from the archive itself
// ---------------------------------------------------------------------------

const client = db.$client;
const biggestSection = client
  .prepare("SELECT section_id FROM articles WHERE language = 'ar' GROUP BY section_id ORDER BY count(*) DESC LIMIT 1")
  .pluck()
  .get() as number;
const sectionTotal = queries.countSectionArticles(biggestSection, 'ar', now);
const deepOffset = Math.max(0, Math.floor((sectionTotal - 1) / 12) * 12);
const busiestTag = client
  .prepare('SELECT tag_id FROM article_tags GROUP BY tag_id ORDER BY count(*) DESC LIMIT 1')
  .pluck()
  .get() as number;
const busiestAuthor = client
  .prepare('SELECT author_id FROM articles GROUP BY author_id ORDER BY count(*) DESC LIMIT 1')
  .pluck()
  .get() as number;
const story = queries.latestArticles('ar', now, 1, 500)[0];
const storySection = { id: story.id, sectionId: biggestSection, language: 'ar' as const };
const search = (
  query: string,
  sort: 'relevance' | 'newest',
  extra: { sectionId?: number; from?: number; to?: number } = {},
) => searchArticles({ query, language: 'ar', sort, ...extra }, now, 12, 0);

const YEAR = 365 * 24 * 3_600_000;

describe(`query plans on a ${ARCHIVE_SIZE.toLocaleString('en')}-story archive`, () => {
  it('has the archive the plans depend on', () => {
    expect(sectionTotal, 'stories in the biggest section').toBeGreaterThan(200);
    expect(deepOffset).toBeGreaterThan(100);
    expect(story).toBeDefined();
  });

  const readers: [name: string, run: () => unknown][] = [
    ['latestArticles', () => queries.latestArticles('ar', now, 8)],
    ['latestArticles (English)', () => queries.latestArticles('en', now, 8)],
    ['topNews', () => queries.topNews('ar', now, 6)],
    ['breakingNews', () => queries.breakingNews('ar', now)],
    ['sectionArticles page 1', () => queries.sectionArticles(biggestSection, 'ar', now, 12, 0)],
    ['sectionArticles deep page', () => queries.sectionArticles(biggestSection, 'ar', now, 12, deepOffset)],
    ['countSectionArticles', () => queries.countSectionArticles(biggestSection, 'ar', now)],
    ['relatedArticles', () => queries.relatedArticles(storySection, now, 4)],
    ['sectionArticles (English)', () => queries.sectionArticles(biggestSection, 'en', now, 12, 0)],
    ['tagArticles', () => queries.tagArticles(busiestTag, 'ar', now, 12, 0)],
    ['tagArticles deep page', () => queries.tagArticles(busiestTag, 'ar', now, 12, 120)],
    ['authorArticles deep page', () => queries.authorArticles(busiestAuthor, 'ar', now, 12, 120)],
    ['countTagArticles', () => queries.countTagArticles(busiestTag, 'ar', now)],
    ['authorArticles', () => queries.authorArticles(busiestAuthor, 'ar', now, 12, 0)],
    ['countAuthorArticles', () => queries.countAuthorArticles(busiestAuthor, 'ar', now)],
    ['publicArticle', () => queries.publicArticle(story.id, now)],
    ['feedEntries (site)', () => queries.feedEntries('ar', now, 30)],
    ['feedEntries (section)', () => queries.feedEntries('ar', now, 30, { sectionId: biggestSection })],
    ['feedEntries (top)', () => queries.feedEntries('ar', now, 30, { topOnly: true })],
    ['searchArticles relevance', () => search('الحكومة خطة', 'relevance')],
    ['searchArticles newest', () => search('الحكومة خطة', 'newest')],
    [
      'searchArticles filtered',
      () => search('وزير', 'newest', { sectionId: biggestSection, from: now - 2 * YEAR, to: now }),
    ],
    [
      'searchPage (its cache key included)',
      () => searchPage({ query: 'مشروع', language: 'ar', sort: 'relevance' }, now, 12, 0),
    ],
    [
      'site queries',
      () => [
        site.siteSettingsRow(),
        site.allSections(),
        site.sectionBySlug('world'),
        site.tagBySlug('الصين'),
        tagRenamedFrom('الصين'),
        site.authorBySlug('newsroom'),
      ],
    ],
    ['nextTimedChange', () => (schedule.forgetTimedChange(), schedule.nextTimedChange(now))],
    [
      'sitemap queries',
      () => [sitemap.sitemapChunks(now), sitemap.sitemapArticles(0, now), sitemap.newsSitemapArticles(now)],
    ],
  ];

  for (const [name, run] of readers) {
    it(`${name} never scans the articles table`, () => expectNoFullScan(run));
  }

  // A listing reads its index newest-first and stops after one page, instead of
  // sorting every public story of its language, section or author in a temp
  // b-tree (1.4 s for latestArticles at 100,000 stories before migration 0003).
  const listings: [name: string, run: () => unknown][] = [
    ['latestArticles', () => queries.latestArticles('ar', now, 8)],
    ['sectionArticles', () => queries.sectionArticles(biggestSection, 'ar', now, 12, 0)],
    ['relatedArticles', () => queries.relatedArticles(storySection, now, 4)],
    ['authorArticles', () => queries.authorArticles(busiestAuthor, 'ar', now, 12, 0)],
    ['feedEntries (site)', () => queries.feedEntries('ar', now, 30)],
  ];
  for (const [name, run] of listings) {
    it(`${name} reads in published_at order`, () => expectIndexOrder(run));
  }
});
