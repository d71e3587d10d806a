import { afterAll, describe, expect, it } from 'vitest';
import { useSeededTempDatabase } from './support/temp-db';

// The search workers open their own read-only connection to the same SQLite
// file and run the same search: a page through them equals the page computed here.
process.env.SEARCH_WORKERS = '2';
const temp = useSeededTempDatabase();
const { searchWorkers, searchInWorker } = await import('@/lib/search/pool');
const { resultsPage } = await import('@/lib/search/results-page');
const { searchArticles } = await import('@/db/queries/search');
const { db } = await import('@/db');
const { now } = temp;
afterAll(() => temp.cleanup());

const requests = [
  { query: 'الصين روسيا قمه', sort: 'relevance' as const },
  { query: 'محادثة', sort: 'relevance' as const },
  { query: 'الحكومة', sort: 'newest' as const },
  { query: 'كلمةغيرموجودة', sort: 'relevance' as const },
].map(({ query, sort }) => ({ filters: { query, language: 'ar' as const, sort }, now, limit: 12, offset: 0 }));

describe('the search worker pool', () => {
  it('returns the same page as a search on the server’s own connection', async () => {
    const pool = searchWorkers();
    expect(pool).not.toBeNull();
    await pool!.ready();
    const direct = requests.map((request) => resultsPage(searchArticles, request));
    expect(direct[0].hits.length).toBeGreaterThan(0);
    expect(direct[1].total).toBeGreaterThan(0);
    // Closing the server's connection proves the pages come from the workers.
    db.$client.close();
    const pooled = await Promise.all(requests.map((request) => searchInWorker(request)));
    expect(pooled).toEqual(direct);
  });
});
