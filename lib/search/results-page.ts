import type { SearchArticles, SearchFilters, SearchHit, SearchOutcome } from '@/db/queries/full-text';
import { highlight, snippet, type Highlighted } from '@/lib/text/search-snippet';

/** A hit as the results page shows it: its title and a snippet highlighted, without the body. */
export type ShownHit = Omit<SearchHit, 'body'> & { titleParts: Highlighted; snippetParts: Highlighted };
export type SearchPage = Omit<SearchOutcome, 'hits'> & { hits: ShownHit[] };
export type PageRequest = { filters: SearchFilters; now: number; limit: number; offset: number };

/**
 * One page of results, highlighted: the query and the highlighting are the CPU
 * work of a search, done together where the search runs (a search worker), and
 * only what the page shows goes back, never the bodies.
 */
export function resultsPage(search: SearchArticles, { filters, now, limit, offset }: PageRequest): SearchPage {
  const { hits, ...outcome } = search(filters, now, limit, offset);
  return {
    ...outcome,
    hits: hits.map(({ body, ...hit }) => ({
      ...hit,
      titleParts: highlight(hit.title, filters.query),
      snippetParts: snippet(`${hit.excerpt} ${body}`, filters.query),
    })),
  };
}
