import { afterAll, describe, expect, it } from 'vitest';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, authors, users } from '@/db/schema';

const temp = useSeededTempDatabase();
const { db, now } = temp;
const editorial = await import('@/db/queries/editorial');
const { searchArticles } = await import('@/db/queries/search');
afterAll(() => temp.cleanup());

const editor = db
  .insert(users)
  .values({ email: 'list@x.test', name: 'سلمى', role: 'editor', passwordHash: null, createdAt: now })
  .returning()
  .get().id;
const section = db.select({ id: articles.sectionId }).from(articles).limit(1).get()!.id;
const [byline, otherByline] = db
  .select({ id: authors.id })
  .from(authors)
  .limit(2)
  .all()
  .map((row) => row.id);

function story(title: string, status: 'draft' | 'deleted', authorId = byline, coAuthorId?: number) {
  const result = editorial.saveArticle(
    {
      language: 'ar',
      slug: `story-${title.replaceAll(' ', '-')}`,
      title,
      excerpt: '',
      body: `<p>${title}</p>`,
      sectionId: section,
      authorId,
      ...(coAuthorId && { authorIds: [authorId, coAuthorId] }),
      status,
      tagNames: [],
    },
    editor,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.id;
}

const titles = (filters: Omit<Parameters<typeof editorial.staffArticleList>[0], 'page'>) =>
  editorial.staffArticleList({ ...filters, page: 1 }).rows.map((row) => row.title);

describe('the newsroom article list', () => {
  story('مسودة عن مؤتمر زُمُرُّدستان', 'draft');
  story('خبر محذوف عن مؤتمر زمردستان', 'deleted');
  story('مسودة زمردستان بقلم آخر', 'draft', otherByline);
  story('مسودة زمردستان بقلمين', 'draft', byline, otherByline);

  it('finds drafts through the search index that readers never see', () => {
    expect(titles({ text: 'زمردستان' }).sort()).toEqual(
      ['مسودة زمردستان بقلم آخر', 'مسودة زمردستان بقلمين', 'مسودة عن مؤتمر زُمُرُّدستان'].sort(),
    );
    expect(searchArticles({ query: 'زمردستان', language: 'ar', sort: 'relevance' }, now, 10, 0).total).toBe(0);
  });
  it('leaves deleted stories out unless they are asked for', () => {
    expect(titles({ text: 'مؤتمر زمردستان', status: 'deleted' })).toEqual(['خبر محذوف عن مؤتمر زمردستان']);
    expect(titles({ text: 'زمردستان' })).not.toContain('خبر محذوف عن مؤتمر زمردستان');
  });
  it('filters by byline, co-authors included', () => {
    expect(titles({ text: 'زمردستان', authorId: otherByline }).sort()).toEqual(
      ['مسودة زمردستان بقلم آخر', 'مسودة زمردستان بقلمين'].sort(),
    );
    expect(titles({ text: 'زمردستان', authorId: byline }).sort()).toEqual(
      ['مسودة زمردستان بقلمين', 'مسودة عن مؤتمر زُمُرُّدستان'].sort(),
    );
  });
  it('counts every story that is not deleted', () => {
    const notDeleted = db.$client.prepare("SELECT count(*) FROM articles WHERE status != 'deleted'").pluck().get();
    expect(editorial.staffArticleList({ page: 1 }).total).toBe(notDeleted);
  });
});

describe('slugs', () => {
  it('are unique per language: a taken slug is reported, and the story itself may keep its own', () => {
    const id = story('خبر بعنوان فريد', 'draft');
    const { slug } = editorial.articleForEditing(id)!.article;
    expect(editorial.slugTaken('ar', slug)).toBe(true);
    expect(editorial.slugTaken('ar', slug, id)).toBe(false);
    expect(editorial.slugTaken('en', slug)).toBe(false);
    const twin = editorial.saveArticle(
      { language: 'ar', slug, title: 'توأم', excerpt: '', body: '', sectionId: section, status: 'draft', tagNames: [] },
      editor,
    );
    expect(twin).toEqual({ ok: false, reason: 'slugTaken' });
  });
});
