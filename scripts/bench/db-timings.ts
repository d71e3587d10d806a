// Direct timings of the reader queries against DATABASE_PATH, bypassing Next's
// cache: what an uncached article page and a search cost the database.
// Run by scripts/bench.ts as
//   node --conditions=react-server --import tsx scripts/bench/db-timings.ts
// (the react-server condition turns the 'server-only' guard into a no-op).
// Prints one JSON line.
import { createRandom } from '../../db/seed/archive';
import { type Summary, summarize } from './stats';

export type DbTimings = {
  articleRead: Summary;
  search: {
    all: Summary;
    relevance: Summary;
    newest: Summary;
    medianHits: number;
    slowest: { query: string; sort: string; sectionId?: number; since?: number; ms: number; total: number }[];
  };
};

const ARTICLE_READS = Number(process.env.BENCH_ARTICLE_READS ?? 50);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 200);

const { db } = await import('../../db');
const { publicArticle, relatedArticles, topNews } = await import('../../db/queries/articles');
const { searchArticles } = await import('../../db/queries/search');
const now = Date.now();
const random = createRandom(7);
const client = db.$client;

type Row = { id: number; sectionId: number; title: string; language: 'ar' | 'en' };
const publicRows = client
  .prepare(
    `SELECT id, section_id AS sectionId, title, language FROM articles
     WHERE status IN ('published', 'scheduled') AND published_at <= ? ORDER BY id`,
  )
  .all(now) as Row[];
const arabic = publicRows.filter((row) => row.language === 'ar');
const english = publicRows.filter((row) => row.language === 'en');

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** What an article page reads when nothing is cached: the story, its related stories and «أهم الأخبار». */
function articleReads() {
  return Array.from({ length: ARTICLE_READS }, () => {
    const { id, sectionId } = random.pick(arabic);
    return timed(() => {
      publicArticle(id, now);
      relatedArticles({ id, sectionId, language: 'ar' }, now, 4);
      topNews('ar', now, 6);
    });
  });
}

const sectionIds = [...new Set(publicRows.map((row) => row.sectionId))];
const YEAR = 365 * 24 * 3_600_000;

/** One to three consecutive words of a real headline: queries that find something, of every frequency. */
function wordsFrom(title: string): string {
  const words = title.split(/[\s.،:]+/).filter((word) => word.length > 2);
  const count = Math.min(words.length, random.int(1, 3));
  const start = random.int(0, Math.max(0, words.length - count));
  return words.slice(start, start + count).join(' ');
}

type Filters = Parameters<typeof searchArticles>[0];

function searchQuery(): Filters {
  const roll = random.next();
  const inEnglish = roll < 0.05 && english.length > 0;
  const query =
    roll > 0.97 ? `كلمةغيرموجودة${random.int(1, 999)}` : wordsFrom(random.pick(inEnglish ? english : arabic).title);
  return {
    query,
    language: inEnglish ? 'en' : 'ar',
    sort: random.chance(0.3) ? 'newest' : 'relevance',
    sectionId: random.chance(0.2) ? random.pick(sectionIds) : undefined,
    from: random.chance(0.15) ? now - random.int(1, 5) * YEAR : undefined,
  };
}

function searches() {
  return Array.from({ length: SEARCHES }, () => {
    const filters = searchQuery();
    let total = 0;
    const ms = timed(() => (total = searchArticles(filters, now, 12, 0).total));
    return { ...filters, ms, total };
  });
}

// Warm the statement and page caches a little, as a running server would have them.
searchArticles({ query: 'حكومة', language: 'ar', sort: 'relevance' }, now, 12, 0);
const reads = articleReads();
const searchRuns = searches();
const slowest = [...searchRuns].sort((a, b) => b.ms - a.ms).slice(0, 5);

const timings: DbTimings = {
  articleRead: summarize(reads),
  search: {
    all: summarize(searchRuns.map((run) => run.ms)),
    relevance: summarize(searchRuns.filter((run) => run.sort === 'relevance').map((run) => run.ms)),
    newest: summarize(searchRuns.filter((run) => run.sort === 'newest').map((run) => run.ms)),
    medianHits: summarize(searchRuns.map((run) => run.total)).p50,
    slowest: slowest.map(({ query, sort, sectionId, from, ms, total }) => ({
      query,
      sort,
      sectionId,
      since: from,
      ms: Math.round(ms),
      total,
    })),
  },
};
console.log(JSON.stringify(timings));
