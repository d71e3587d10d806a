import 'server-only';
import { LRUCache } from 'lru-cache';
import { max } from 'drizzle-orm';
import { db } from '@/db';
import { articles, sections } from '@/db/schema';
import { PAGE_REVALIDATE_SECONDS } from '@/lib/cache/tags';
import type { SearchFilters } from '@/db/queries/search';
import type { SearchPage } from '@/lib/search/results-page';
import { searchInWorker } from '@/lib/search/pool';
import { nextTimedChange } from './clock';

// Readers in a spike search for the same few names. A page of results is kept,
// keyed by its query and filters and by the state of what it was read from:
// the newest edit to any story, the next timed change (a scheduled story going
// public) and the sections' names. Any change to them reads afresh; nothing is
// ever invalidated by hand, and no page is kept past a minute (the reader pages'
// own lifetime) whatever happens. Only snippets are kept, never bodies, within
// 8 MB. On globalThis: one cache per process, whichever bundle asks.
const memo = globalThis as unknown as { searchPages?: LRUCache<string, SearchPage> };
const pages = (memo.searchPages ??= new LRUCache<string, SearchPage>({
  max: 500,
  maxSize: 8_000_000,
  sizeCalculation: (page) => JSON.stringify(page).length * 2,
  ttl: PAGE_REVALIDATE_SECONDS * 1_000,
}));

function dataVersion(now: number): string {
  const newestEdit =
    db
      .select({ at: max(articles.updatedAt) })
      .from(articles)
      .get()?.at ?? 0;
  const sectionNames = db
    .select({ id: sections.id, ar: sections.nameAr, en: sections.nameEn, slug: sections.slug })
    .from(sections)
    .all();
  return JSON.stringify([newestEdit, nextTimedChange(now), sectionNames]);
}

/** One page of results for the search page, highlighted, from the cache when nothing has changed since. */
export async function searchPage(
  filters: SearchFilters,
  now: number,
  limit: number,
  offset: number,
): Promise<SearchPage> {
  const key = JSON.stringify([filters, limit, offset, dataVersion(now)]);
  const kept = pages.get(key);
  if (kept) return kept;
  const page = await searchInWorker({ filters, now, limit, offset });
  pages.set(key, page);
  return page;
}
