// A cached article under load, alone and again while other readers run unique
// searches: with the searches in worker threads (lib/search/pool.ts) the cached
// page should barely notice them.
import { get, load, type LoadOptions, type LoadResult } from './http';
import { summarize, type Summary } from './stats';

const SEARCH_CONNECTIONS = 4;
const DAY = 24 * 3_600_000;
const ARCHIVE_DAYS = 10 * 365;

export type SearchLoad = {
  alone: LoadResult;
  withSearches: LoadResult;
  searchConnections: number;
  /** The searches that ran meanwhile, each a query and date filter no reader asked before. */
  searches: Summary & { errors: number };
};

/** `/search` with two headline words and a start date: a page no cache holds. */
function uniqueSearchUrl(base: string, words: string[], index: number): string {
  const since = new Date(Date.now() - ((index * 7919) % ARCHIVE_DAYS) * DAY).toISOString().slice(0, 10);
  const query = words[index % words.length];
  return `${base}/search?q=${encodeURIComponent(query)}&from=${since}`;
}

export async function articleUnderSearchLoad(
  articleUrl: string,
  base: string,
  words: string[],
  options: LoadOptions,
): Promise<SearchLoad> {
  const alone = await load(articleUrl, options);
  let running = true;
  let next = 0;
  let errors = 0;
  const times: number[] = [];
  const searcher = async () => {
    while (running) {
      const started = performance.now();
      const { status } = await get(uniqueSearchUrl(base, words, next++));
      times.push(performance.now() - started);
      if (status !== 200) errors++;
    }
  };
  const searchers = Array.from({ length: SEARCH_CONNECTIONS }, searcher);
  const withSearches = await load(articleUrl, options);
  running = false;
  await Promise.all(searchers);
  return {
    alone,
    withSearches,
    searchConnections: SEARCH_CONNECTIONS,
    searches: { ...summarize(times), errors },
  };
}
