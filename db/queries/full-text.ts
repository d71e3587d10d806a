// The reader's search over the FTS5 index, on whichever connection runs it: the
// server's own (./search.ts) or a search worker's read-only one
// (lib/search/worker.mjs). No 'server-only' and no shared connection here, so a
// worker thread can load it.
import type Database from 'better-sqlite3';
import type { Locale } from '@/i18n/routing';
import { queryTerms } from '@/lib/text/arabic-search';
import { lightStem } from '@/lib/text/arabic-stem';
import type { ArticleCard } from './articles';
import { PUBLIC_STATUSES } from '../schema';

export type SearchSort = 'relevance' | 'newest';

export type SearchFilters = {
  query: string;
  language: Locale;
  sectionId?: number;
  /** Inclusive lower bound, epoch ms. */
  from?: number;
  /** Exclusive upper bound, epoch ms. */
  to?: number;
  sort: SearchSort;
};

export type SearchHit = ArticleCard & { body: string };

// In a story's headline the title counts ten, a tag's name six, the excerpt four,
// a word matched only through its stem a half.
const HEADLINE_BM25_WEIGHTS = '10.0, 4.0, 6.0, 0.5';
const MIN_PREFIX_LENGTH = 3;
const STORY_COLUMNS = '{title excerpt body tags}';
const HEADLINE_COLUMNS = '{title excerpt tags}';

/**
 * Each term of a reader's query as an FTS5 clause: the term in `columns` as
 * written — longer terms also as a prefix («صين» finds «صينيه») — or through its
 * light stem («محطة» finds «محطات», lib/text/arabic-stem.ts). Terms hold only
 * letters and digits and are quoted, so nothing a reader types can act as FTS syntax.
 */
function termClauses(query: string, columns: string): string[] {
  return queryTerms(query).map((term) => {
    const asWritten = term.length >= MIN_PREFIX_LENGTH ? `"${term}"*` : `"${term}"`;
    return `(${columns} : ${asWritten} OR stems : "${lightStem(term)}")`;
  });
}

/** The FTS5 expression for the stories a query finds: every term must match (AND). */
export function matchExpression(query: string): string | null {
  const clauses = termClauses(query, STORY_COLUMNS);
  return clauses.length > 0 ? clauses.join(' AND ') : null;
}

const FILTERS = `
  a.language = @language
  AND a.status IN (${PUBLIC_STATUSES.map((status) => `'${status}'`).join(', ')})
  AND a.published_at <= @now
  AND a.id NOT IN (SELECT id FROM articles WHERE embargo_until > @now)
  AND (@sectionId IS NULL OR a.section_id = @sectionId)
  AND (@from IS NULL OR a.published_at >= @from)
  AND (@to IS NULL OR a.published_at < @to)`;

/**
 * A common word matches tens of thousands of stories, and scoring, joining and
 * sorting them all is what makes a search slow. Story ids grow with creation
 * time, so FTS5 can hand over the newest matches first and stop: results are
 * ranked among the newest SEARCH_WINDOW matches. When those do not fill the
 * requested page (narrow filters, old date ranges, deep pages) the search runs
 * over every match instead. A thousand is 84 pages of results; at 100,000
 * stories a window of 2,000 put the slowest searches past 20 ms (p95 18 ms,
 * now 13 ms: scripts/bench/db-timings.ts).
 */
export const SEARCH_WINDOW = 1_000;

/** A match as FTS5 and the filters see it; `publishedAt` is null when the filters leave it out. */
type Match = { id: number; publishedAt: number | null };
type KeptMatch = Match & { publishedAt: number };
type ScoredMatch = KeptMatch & { score: number };

const newestFirst = (a: KeptMatch, b: KeptMatch) => b.publishedAt - a.publishedAt || b.id - a.id;
const bestFirst = (a: ScoredMatch, b: ScoredMatch) => a.score - b.score || newestFirst(a, b);

function preparedStatements(client: Database.Database) {
  // One pass of FTS5 gives both the count and the page: every match with its
  // date, read from an index of the filter columns. Only the one page that is
  // shown is then read whole; sorting whole rows would carry every match's body
  // through the sorter.
  const matches = (windowed: boolean) =>
    client.prepare(`
      WITH hits AS (
        SELECT rowid AS id FROM article_search WHERE article_search MATCH @match
        ${windowed ? 'ORDER BY rowid DESC LIMIT @window' : ''})
      SELECT hits.id, a.published_at AS publishedAt
      FROM hits LEFT JOIN articles a ON a.id = hits.id AND ${FILTERS}`);
  // BM25 over the headline index (db/migrations/0020_headline_search.sql), from
  // the oldest of the matches being ranked on.
  const headlineScores = client.prepare(`
    SELECT rowid AS id, bm25(headline_search, ${HEADLINE_BM25_WEIGHTS}) AS score
    FROM headline_search WHERE headline_search MATCH @headline AND rowid >= @fromId`);
  const page = client.prepare(`
    SELECT a.id, a.slug, a.title, a.kicker, a.excerpt, a.body, a.published_at AS publishedAt,
           a.updated_at AS updatedAt, a.is_breaking AS isBreaking, a.lead_image_alt AS imageAlt,
           s.slug AS sectionSlug, s.name_ar AS sectionNameAr, s.name_en AS sectionNameEn,
           m.src AS imageSrc, m.width AS imageWidth, m.height AS imageHeight,
           m.focal_x AS imageFocalX, m.focal_y AS imageFocalY
    FROM articles a
    JOIN sections s ON s.id = a.section_id
    LEFT JOIN media m ON m.id = a.lead_image_id
    WHERE a.id IN (SELECT value FROM json_each(@ids))`);
  return { windowed: matches(true), complete: matches(false), headlineScores, page };
}

/**
 * Relevance is decided by the headline: a story whose title, tags and excerpt
 * hold every word of the query ranks by how well they do (BM25), before every
 * story that holds some of them only in its body, and those rank newest first.
 * Scoring whole stories cost a common query most of its time (the migration
 * says why), and a word's place in the headline is what the weights rewarded
 * most. Any word rather than every word would score each headline that holds a
 * common one («على»): 17,000 of them for «على جدول مباريات», 23 ms.
 */
function rankByHeadline(statement: Database.Statement, query: string, matches: KeptMatch[]): ScoredMatch[] {
  if (matches.length === 0) return [];
  const headline = termClauses(query, HEADLINE_COLUMNS).join(' AND ');
  const fromId = matches.reduce((oldest, { id }) => Math.min(oldest, id), Infinity);
  const scores = new Map(
    (statement.all({ headline, fromId }) as { id: number; score: number }[]).map(({ id, score }) => [id, score]),
  );
  // BM25 is negative, better matches lower; a story the headline does not match ranks after all of them.
  return matches.map((match) => ({ ...match, score: scores.get(match.id) ?? 0 })).sort(bestFirst);
}

export type SearchOutcome = {
  total: number;
  /** True when `total` counts only the newest window of matches: there are more. */
  atLeast: boolean;
  hits: SearchHit[];
};

export type SearchArticles = (
  filters: SearchFilters,
  now: number,
  limit: number,
  offset: number,
  window?: number,
) => SearchOutcome;

/** The search on `client`; its statements are prepared on the first search. */
export function createSearch(client: Database.Database): SearchArticles {
  let prepared: ReturnType<typeof preparedStatements> | undefined;
  return (filters, now, limit, offset, window = SEARCH_WINDOW) => {
    const match = matchExpression(filters.query);
    if (!match) return { total: 0, atLeast: false, hits: [] };
    const params = {
      match,
      language: filters.language,
      now,
      sectionId: filters.sectionId ?? null,
      from: filters.from ?? null,
      to: filters.to ?? null,
      window,
    };
    const { windowed, complete, headlineScores, page } = (prepared ??= preparedStatements(client));
    const kept = (found: Match[]) =>
      found.filter((candidate): candidate is KeptMatch => candidate.publishedAt !== null);
    // One read transaction: the page's rows are those of the matches just ranked, whatever is saved meanwhile.
    return client.transaction((): SearchOutcome => {
      const inWindow = windowed.all(params) as Match[];
      const windowFull = inWindow.length >= window;
      let found = kept(inWindow);
      const atLeast = windowFull && found.length >= offset + limit;
      if (windowFull && !atLeast) found = kept(complete.all(params) as Match[]);
      const ranked =
        filters.sort === 'relevance' ? rankByHeadline(headlineScores, filters.query, found) : found.sort(newestFirst);
      const shown = ranked.slice(offset, offset + limit);
      type Row = Omit<SearchHit, 'isBreaking'> & { isBreaking: number };
      const rows = shown.length > 0 ? (page.all({ ids: JSON.stringify(shown.map(({ id }) => id)) }) as Row[]) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      const hits = shown.map(({ id }): SearchHit => {
        const row = byId.get(id)!;
        return { ...row, isBreaking: Boolean(row.isBreaking) };
      });
      return { total: found.length, atLeast, hits };
    })();
  };
}
