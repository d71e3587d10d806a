import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, sections } from '@/db/schema';
import { seedArticle } from '@/db/seed/seed-article';

const temp = useSeededTempDatabase();
const { searchPage } = await import('@/lib/cache/search-pages');
const { db, now } = temp;
afterAll(() => temp.cleanup());

const filters = { query: 'الصين روسيا', language: 'ar' as const, sort: 'relevance' as const };
const page = () => searchPage(filters, now, 12, 0);

describe('the search page cache', () => {
  it('keeps a page of highlighted results, without bodies', async () => {
    const first = await page();
    expect(first.hits[0].title).toBe(seedArticle.title);
    expect(first.hits[0].snippetParts.some((part) => part.match)).toBe(true);
    expect(first.hits[0]).not.toHaveProperty('body');
    expect(await page()).toBe(first);
  });
  it('reads afresh after any story is edited', async () => {
    const before = await page();
    const seed = before.hits[0];
    db.update(articles)
      .set({ title: `${seed.title} (محدّث)`, updatedAt: now + 1 })
      .where(eq(articles.id, seed.id))
      .run();
    const after = await page();
    expect(after).not.toBe(before);
    expect(after.hits.find((hit) => hit.id === seed.id)?.title).toBe(`${seed.title} (محدّث)`);
  });
  it('reads afresh after a section is renamed', async () => {
    const before = await page();
    db.update(sections).set({ nameAr: 'الشؤون الدولية' }).where(eq(sections.slug, before.hits[0].sectionSlug)).run();
    expect((await page()).hits[0].sectionNameAr).toBe('الشؤون الدولية');
  });
});
