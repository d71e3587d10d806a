import { afterAll, describe, expect, it } from 'vitest';
import { authors, media, sections, users } from '@/db/schema';
import { useSeededTempDatabase } from './support/temp-db';

const temp = useSeededTempDatabase();
const { db } = temp;
const { saveArticle } = await import('@/db/queries/editorial');
const { storyCreatedWith, unknownReferences } = await import('@/db/queries/articles');
afterAll(() => temp.cleanup());

const sectionId = db.select({ id: sections.id }).from(sections).limit(1).get()!.id;
const authorId = db.select({ id: authors.id }).from(authors).limit(1).get()!.id;
const imageId = db.select({ id: media.id }).from(media).limit(1).get()?.id ?? null;
const editor = db
  .insert(users)
  .values({ email: 'editor@x.test', name: 'محرر', role: 'editor', passwordHash: null, createdAt: temp.now })
  .returning()
  .get().id;

describe('story references', () => {
  it('names each reference that matches no row, and none that does', () => {
    expect(unknownReferences({ sectionId, authorId, leadImageId: imageId })).toEqual([]);
    expect(unknownReferences({ sectionId, authorId: null, leadImageId: null })).toEqual([]);
    expect(unknownReferences({ sectionId: 99999, authorId: 99999, leadImageId: 99999 })).toEqual([
      'sectionId',
      'authorId',
      'leadImageId',
    ]);
    // Past SQLite's integers: bound as a real number, still no row, still no exception.
    expect(unknownReferences({ sectionId, authorId: 1e30, leadImageId: 2 ** 63 })).toEqual(['authorId', 'leadImageId']);
  });
});

describe('a new story saved twice from one form', () => {
  const write = (title: string, createKey: string) =>
    saveArticle(
      {
        language: 'ar',
        slug: `idempotent-${title}`,
        title,
        excerpt: '',
        body: '<p>نص</p>',
        sectionId,
        status: 'published',
        publishedAt: Date.now(),
        createKey,
        tagNames: [],
      },
      editor,
    );

  it('finds the story the first save made by the form key, and refuses a second with that key', () => {
    const key = crypto.randomUUID();
    const first = write('أول', key);
    expect(first.ok).toBe(true);
    expect(storyCreatedWith(key)).toBe(first.ok && first.id);
    // A second creation with the key, even under another slug (the unique index decides, not a prior look-up).
    expect(write('ثان', key)).toEqual({ ok: false, reason: 'alreadyCreated' });
    expect(storyCreatedWith(crypto.randomUUID())).toBeUndefined();
  });
});

describe('a save over a newer version', () => {
  it('is refused as a conflict naming who saved last, by name and by id', () => {
    const story = (title: string) => ({
      language: 'ar' as const,
      slug: `conflict-${title}`,
      title,
      excerpt: '',
      body: '<p>نص</p>',
      sectionId,
      status: 'draft' as const,
      publishedAt: null,
      tagNames: [],
    });
    const created = saveArticle(story('تعارض'), editor);
    if (!created.ok) throw new Error('the story was not created');
    expect(saveArticle(story('تعارض'), editor, { id: created.id, version: 1 }).ok).toBe(true);
    expect(saveArticle(story('تعارض'), editor, { id: created.id, version: 1 })).toMatchObject({
      ok: false,
      reason: 'conflict',
      updatedBy: 'محرر',
      updatedById: editor,
    });
  });
});

describe("a story's tags across saves", () => {
  it('keeps the tags kept, drops the ones taken off, adds the new, and search follows', async () => {
    const { searchArticles } = await import('@/db/queries/search');
    const found = (query: string) =>
      searchArticles({ query, language: 'ar', sort: 'newest' }, Date.now() + 1, 20, 0).hits.map((hit) => hit.id);
    const story = (tagNames: string[]) => ({
      language: 'ar' as const,
      slug: 'tags-across-saves',
      title: 'خبر بوسوم متغيرة',
      excerpt: '',
      body: '<p>نص</p>',
      sectionId,
      status: 'published' as const,
      publishedAt: Date.now(),
      tagNames,
    });
    const created = saveArticle(story(['نيبتون', 'أورانوس']), editor);
    if (!created.ok) throw new Error('the story was not created');
    expect(found('نيبتون')).toContain(created.id);
    const saved = saveArticle(story(['أورانوس', 'بلوتو']), editor, { id: created.id, version: 1 });
    expect(saved).toMatchObject({ ok: true, after: { tagSlugs: ['أورانوس', 'بلوتو'] } });
    expect(found('نيبتون')).not.toContain(created.id);
    expect(found('أورانوس')).toContain(created.id);
    expect(found('بلوتو')).toContain(created.id);
  });
});
