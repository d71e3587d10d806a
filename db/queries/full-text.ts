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

// Title counts ten times a body match, a tag's name six times, the excerpt four
// times, a word matched only through its stem half as much as a body match; among
// equals the newer story wins.
const BM25_WEIGHTS = '10.0, 4.0, 1.0, 6.0, 0.5';
const MIN_PREFIX_LENGTH = 3;
const WORD_COLUMNS = '{title excerpt body tags}';

/**
 * The FTS5 expression for a reader's words: every term must match (AND), as
 * written — longer terms also as a prefix («صين» finds «صينيه») — or through its
 * light stem («محطة» finds «محطات», lib/text/arabic-stem.ts). Terms hold only
 * letters and digits and are quoted, so nothing a reader types can act as FTS syntax.
 */
export function matchExpression(query: string): string | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const asWritten = term.length >= MIN_PREFIX_LENGTH ? `"${term}"*` : `"${term}"`;
      return `(${WORD_COLUMNS} : ${asWritten} OR stems : "${lightStem(term)}")`;
    })
    .join(' AND ');
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
 * Matching stories; `@window` keeps only the newest ids. Only a ranking by
 * relevance asks for the weighted BM25 score: its first call reads every
 * matching story of every phrase for the words' rarity, which costs a common
 * word's search several times the match itself, however small the window.
 */
const hitsQuery = ({ windowed, scored }: { windowed: boolean; scored: boolean }) => `
  SELECT rowid AS id, ${scored ? `bm25(article_search, ${BM25_WEIGHTS})` : 'NULL'} AS score
  FROM article_search WHERE article_search MATCH @match
  ${windowed ? 'ORDER BY rowid DESC LIMIT @window' : ''}`;

/**
 * A common word matches tens of thousands of stories, and scoring, joining and
 * sorting them all is what makes a search slow. Story ids grow with creation
 * time, so FTS5 can hand over the newest matches first and stop: results are
 * ranked among the newest SEARCH_WINDOW matches. When those do not fill the
 * requested page (narrow filters, old date ranges, deep pages) the search runs
 * over every match instead.
 */
export const SEARCH_WINDOW = 2_000;

/** A match as FTS5 and the filters see it; `publishedAt` is null when the filters leave it out. */
type Match = { id: number; score: number | null; publishedAt: number | null };
type KeptMatch = Match & { publishedAt: number };

const BY: Record<SearchSort, (a: KeptMatch, b: KeptMatch) => number> = {
  relevance: (a, b) => a.score! - b.score! || b.publishedAt - a.publishedAt || b.id - a.id,
  newest: (a, b) => b.publishedAt - a.publishedAt || b.id - a.id,
};

function preparedStatements(client: Database.Database) {
  // One pass of FTS5 gives both the count and the page: every match with what
  // it is ranked by, read from an index of the filter columns. Only the one
  // page that is shown is then read whole; sorting whole rows would carry every
  // match's body through the sorter.
  const matches = (windowed: boolean, scored: boolean) =>
    client.prepare(`
      WITH hits AS (${hitsQuery({ windowed, scored })})
      SELECT hits.id, hits.score, a.published_at AS publishedAt
      FROM hits LEFT JOIN articles a ON a.id = hits.id AND ${FILTERS}`);
  const both = (windowed: boolean) => ({ relevance: matches(windowed, true), newest: matches(windowed, false) });
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
  return { windowed: both(true), complete: both(false), page };
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
    const { windowed, complete, page } = (prepared ??= preparedStatements(client));
    const kept = (found: Match[]) =>
      found.filter((candidate): candidate is KeptMatch => candidate.publishedAt !== null);
    // One read transaction: the page's rows are those of the matches just ranked, whatever is saved meanwhile.
    return client.transaction((): SearchOutcome => {
      const inWindow = windowed[filters.sort].all(params) as Match[];
      const windowFull = inWindow.length >= window;
      let ranked = kept(inWindow);
      const atLeast = windowFull && ranked.length >= offset + limit;
      if (windowFull && !atLeast) ranked = kept(complete[filters.sort].all(params) as Match[]);
      const shown = ranked.sort(BY[filters.sort]).slice(offset, offset + limit);
      type Row = Omit<SearchHit, 'isBreaking'> & { isBreaking: number };
      const rows = shown.length > 0 ? (page.all({ ids: JSON.stringify(shown.map(({ id }) => id)) }) as Row[]) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      const hits = shown.map(({ id }): SearchHit => {
        const row = byId.get(id)!;
        return { ...row, isBreaking: Boolean(row.isBreaking) };
      });
      return { total: ranked.length, atLeast, hits };
    })();
  };
}
