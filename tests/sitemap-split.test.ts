import { afterAll, describe, expect, it } from 'vitest';
import { and, inArray, lte } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, sections } from '@/db/schema';

// The sitemap index splits article URLs into files by blocks of SITEMAP_CHUNK
// ids. Ids are the split's key, so stories given ids on either side of a block's
// edge test the real size without writing ten thousand rows.
const temp = useSeededTempDatabase();
const { SITEMAP_CHUNK, sitemapArticles, sitemapChunks } = await import('@/db/queries/sitemap');
const { now, db } = temp;
afterAll(() => temp.cleanup());

const sectionId = () => db.select({ id: sections.id }).from(sections).limit(1).get()!.id;

function insertStory(id: number, overrides: Partial<typeof articles.$inferInsert> = {}) {
  db.insert(articles)
    .values({
      id,
      slug: `sitemap-${id}`,
      title: `خبر رقم ${id}`,
      sectionId: sectionId(),
      status: 'published',
      publishedAt: now - 60_000,
      createdAt: now - 60_000,
      updatedAt: now - id,
      ...overrides,
    })
    .run();
}

const EDGE = SITEMAP_CHUNK;
// Public on both sides of the first and second edges, and past the third; not public in between.
const PUBLIC = [EDGE, EDGE + 1, 2 * EDGE, 2 * EDGE + 1, 3 * EDGE + 7];
insertStory(EDGE - 1, { status: 'draft' });
insertStory(EDGE + 2, { status: 'scheduled', publishedAt: now + 3_600_000 });
insertStory(EDGE + 3, { status: 'deleted' });
for (const id of PUBLIC) insertStory(id);

const publicIds = () =>
  db
    .select({ id: articles.id })
    .from(articles)
    .where(and(inArray(articles.status, ['published', 'scheduled']), lte(articles.publishedAt, now)))
    .all()
    .map((row) => row.id)
    .sort((a, b) => a - b);

describe('sitemap files of article URLs', () => {
  const files = sitemapChunks(now).map(({ chunk }) => sitemapArticles(chunk, now).map((story) => story.id));

  it('has one file per block of ids up to the highest, none empty of its range', () => {
    expect(SITEMAP_CHUNK).toBeLessThanOrEqual(50_000);
    expect(files).toHaveLength(4);
  });

  it('keeps each file within the size and its own block of ids', () => {
    files.forEach((ids, chunk) => {
      expect(ids.length, `file ${chunk + 1}`).toBeLessThanOrEqual(SITEMAP_CHUNK);
      for (const id of ids) {
        expect(id, `file ${chunk + 1}`).toBeGreaterThan(chunk * SITEMAP_CHUNK);
        expect(id, `file ${chunk + 1}`).toBeLessThanOrEqual((chunk + 1) * SITEMAP_CHUNK);
      }
    });
    expect(files[0].at(-1)).toBe(EDGE);
    expect(files[1]).toEqual([EDGE + 1, 2 * EDGE]);
    expect(files[2]).toEqual([2 * EDGE + 1]);
    expect(files[3]).toEqual([3 * EDGE + 7]);
  });

  it('lists every public story exactly once, and nothing else', () => {
    expect(files.flat()).toEqual(publicIds());
    expect(files.flat()).not.toContain(EDGE + 2);
  });

  it("dates each file by its newest public story's change", () => {
    const chunks = sitemapChunks(now);
    expect(chunks[1].lastModified).toBe(now - (EDGE + 1));
    expect(chunks[2].lastModified).toBe(now - (2 * EDGE + 1));
  });
});

describe('sitemap files at a small size', () => {
  // Three ids a file: the demo stories fill many files, so a split that overflowed,
  // skipped a block or listed a story twice would show.
  const SIZE = 3;
  const files = sitemapChunks(now, SIZE).map(({ chunk }) => sitemapArticles(chunk, now, SIZE).map((story) => story.id));

  it('never puts more than the size in a file, and lists every public story once', () => {
    expect(files.length).toBe(Math.ceil((3 * EDGE + 7) / SIZE));
    for (const ids of files) expect(ids.length).toBeLessThanOrEqual(SIZE);
    expect(files.flat()).toEqual(publicIds());
    expect(files.filter((ids) => ids.length === SIZE).length).toBeGreaterThan(0);
  });
});
