import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, authors, media } from '@/db/schema';
import { ARTICLE_GENRES, genreSchemaType, isLabelledGenre } from '@/lib/stories/genre';

const temp = useSeededTempDatabase();
const { articleJsonLd } = await import('@/lib/seo/json-ld');
const { publicArticle, latestArticles } = await import('@/db/queries/articles');
const { opinionWriters, saveAuthor } = await import('@/db/queries/authors');
const { siteSettingsRow } = await import('@/db/queries/site');
const { tagsFor } = await import('@/lib/cache/changes');
const { db, now } = temp;
afterAll(() => temp.cleanup());

describe('genre → JSON-LD type', () => {
  it('maps each genre to its schema.org NewsArticle subtype, plain NewsArticle where there is none', () => {
    expect(Object.fromEntries(ARTICLE_GENRES.map((genre) => [genre, genreSchemaType(genre)]))).toEqual({
      news: 'NewsArticle',
      analysis: 'AnalysisNewsArticle',
      opinion: 'OpinionNewsArticle',
      interview: 'NewsArticle',
      feature: 'ReportageNewsArticle',
      explainer: 'BackgroundNewsArticle',
    });
  });

  it('labels every genre but news', () => {
    expect(ARTICLE_GENRES.filter(isLabelledGenre)).toEqual([
      'analysis',
      'opinion',
      'interview',
      'feature',
      'explainer',
    ]);
  });

  it("gives the demo's opinion piece OpinionNewsArticle, with its writer's photo", () => {
    const opinion = db.select().from(articles).where(eq(articles.genre, 'opinion')).get()!;
    const found = publicArticle(opinion.id, now)!;
    expect(found.authorPhoto?.src).toMatch(/^\/demo\/.+\.webp$/);
    const [data] = articleJsonLd(found, siteSettingsRow()!, 'الرئيسية');
    expect(data['@type']).toBe('OpinionNewsArticle');
    // A published one: the demo's drafts (in review, sent back) are news too, and have no page.
    const news = db
      .select()
      .from(articles)
      .where(and(eq(articles.genre, 'news'), eq(articles.status, 'published')))
      .get()!;
    expect(articleJsonLd(publicArticle(news.id, now)!, siteSettingsRow()!, 'الرئيسية')[0]['@type']).toBe('NewsArticle');
  });

  it('carries the genre on story cards', () => {
    const genres = new Set(latestArticles('ar', now, 100).map((card) => card.genre));
    expect(genres).toEqual(new Set(['news', 'analysis', 'opinion']));
  });
});

describe('opinion writers', () => {
  it('lists each writer with a public opinion piece once, with their newest piece', () => {
    const writer = db.select().from(authors).where(eq(authors.slug, 'amira-salem')).get()!;
    const base = db.select().from(articles).where(eq(articles.genre, 'opinion')).get()!;
    const piece = (title: string, hoursAgo: number, overrides: Partial<typeof articles.$inferInsert> = {}) =>
      db
        .insert(articles)
        .values({
          ...base,
          id: undefined,
          createKey: null,
          translationId: null,
          slug: `opinion-${Math.random().toString(36).slice(2)}`,
          title,
          authorId: writer.id,
          publishedAt: now - hoursAgo * 3_600_000,
          ...overrides,
        })
        .run();
    piece('رأي قديم', 50);
    piece('رأي جديد', 1);
    piece('مسودة رأي', 0, { status: 'draft' });
    piece('Opinion in English', 0, { language: 'en' });
    const listed = opinionWriters('ar', now);
    expect(listed.map((row) => row.author.slug)).toEqual(['amira-salem', 'youssef-elsharif']);
    expect(listed[0].latest.title).toBe('رأي جديد');
    expect(listed[0].photo).toBeNull();
    expect(listed[1].photo?.src).toMatch(/^\/demo\//);
    expect(opinionWriters('en', now).map((row) => row.author.slug)).toEqual(['amira-salem']);
  });
});

describe('editing a writer', () => {
  it('saves name, bio and photo, and names the tags of every page printing the byline', () => {
    const writer = db.select().from(authors).where(eq(authors.slug, 'mona-farouk')).get()!;
    const photo = db.select().from(media).get()!;
    const saved = saveAuthor(writer.id, { name: 'منى فاروق', nameEn: 'Mona Farouk', bio: 'كاتبة', photoId: photo.id });
    expect(saved.outcome).toBe('saved');
    if (saved.outcome !== 'saved') return;
    expect(db.select().from(authors).where(eq(authors.id, writer.id)).get()).toMatchObject({
      bio: 'كاتبة',
      photoId: photo.id,
    });
    const stories = db.select({ id: articles.id }).from(articles).where(eq(articles.authorId, writer.id)).all();
    expect(saved.articleIds.sort()).toEqual(stories.map((row) => row.id).sort());
    expect(tagsFor({ kind: 'author', slug: saved.slug, articleIds: [3, 9] })).toEqual([
      'author:mona-farouk',
      'writers',
      'article:3',
      'article:9',
    ]);
  });

  it('refuses a photo that is not in the library and a new writer whose address is taken', () => {
    const writer = db.select().from(authors).get()!;
    expect(saveAuthor(writer.id, { name: 'x', nameEn: null, bio: null, photoId: 987_654 }).outcome).toBe(
      'unknownPhoto',
    );
    expect(saveAuthor(undefined, { name: 'منى', nameEn: 'Mona Farouk', bio: null, photoId: null }).outcome).toBe(
      'slugTaken',
    );
    const created = saveAuthor(undefined, { name: 'كاتب جديد', nameEn: 'New Writer', bio: null, photoId: null });
    expect(created).toEqual({ outcome: 'created', slug: 'new-writer', articleIds: [] });
    expect(saveAuthor(123_456, { name: 'x', nameEn: null, bio: null, photoId: null }).outcome).toBe('notFound');
  });
});
