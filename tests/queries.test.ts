import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, sections } from '@/db/schema';
import { seedArticle } from '@/db/seed/seed-article';

// A real SQLite file, migrated and seeded exactly as start-up does.
const temp = useSeededTempDatabase();
const queries = await import('@/db/queries/articles');
const site = await import('@/db/queries/site');
const { now, db } = temp;

function sectionId(slug: string) {
  return db.select().from(sections).where(eq(sections.slug, slug)).get()!.id;
}

function insertStory(overrides: Partial<typeof articles.$inferInsert>) {
  return db
    .insert(articles)
    .values({
      slug: `story-${Math.random().toString(36).slice(2)}`,
      title: 'خبر للاختبار',
      sectionId: sectionId('world'),
      status: 'published',
      publishedAt: now - 1000,
      createdAt: now,
      updatedAt: now,
      ...overrides,
    })
    .returning({ id: articles.id })
    .get().id;
}

afterAll(() => temp.cleanup());

describe('reader queries', () => {
  it('puts the seed article first in «أهم الأخبار», then the other pinned stories by rank', () => {
    const top = queries.topNews('ar', now, 6);
    expect(top[0].title).toBe(seedArticle.title);
    expect(top).toHaveLength(6);
    const ranks = top.map(
      (card) => db.select({ rank: articles.topRank }).from(articles).where(eq(articles.id, card.id)).get()!.rank,
    );
    const pinned = ranks.filter((rank) => rank !== null) as number[];
    expect(pinned).toEqual([...pinned].sort((a, b) => a - b));
    expect(pinned[0]).toBe(1);
  });

  it('tops «أهم الأخبار» up with the latest stories when too few are pinned', () => {
    const top = queries.topNews('ar', now, 12);
    expect(top).toHaveLength(12);
    expect(new Set(top.map((card) => card.id)).size).toBe(12);
  });

  it('lists the latest stories newest first, in the requested language only', () => {
    const latest = queries.latestArticles('ar', now, 10);
    expect(latest).toHaveLength(10);
    expect(latest.map((card) => card.publishedAt)).toEqual(
      [...latest.map((card) => card.publishedAt)].sort((a, b) => b - a),
    );
    const english = queries.latestArticles('en', now, 50);
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((card) => !/[\u0600-\u06FF]/.test(card.title))).toBe(true);
  });

  it('loads the seed article with its section, author, image, tags and sub-headings', () => {
    const id = queries.latestArticles('ar', now, 100).find((card) => card.title === seedArticle.title)!.id;
    const found = queries.publicArticle(id, now)!;
    expect(found.section.slug).toBe('world');
    expect(found.author?.name).toBe('المحرر الإخباري');
    expect(found.image?.src).toBe('/demo/summit.webp');
    expect(found.article.leadImageCaption).toBe('القمة الصينية الروسية رئيسا الصين وروسيا');
    expect(found.tags.map((tag) => tag.name)).toEqual(expect.arrayContaining(['الصين', 'روسيا']));
    expect(found.article.body.match(/<h2>/g)).toHaveLength(3);
  });

  it('links translations both ways', () => {
    const english = db.select().from(articles).where(eq(articles.language, 'en')).all();
    const translated = english.find((row) => row.translationId !== null)!;
    const arabic = queries.publicArticle(translated.translationId!, now)!;
    expect(arabic.article.language).toBe('ar');
    expect(arabic.translation?.id).toBe(translated.id);
  });

  it('hides drafts and unpublished stories, and shows scheduled ones only from their time', () => {
    const draft = insertStory({ status: 'draft' });
    const unpublished = insertStory({ status: 'unpublished' });
    const scheduled = insertStory({ status: 'scheduled', publishedAt: now + 3_600_000 });
    expect(queries.publicArticle(draft, now)).toBeUndefined();
    expect(queries.publicArticle(unpublished, now)).toBeUndefined();
    expect(queries.publicArticle(scheduled, now)).toBeUndefined();
    expect(queries.latestArticles('ar', now, 200).map((card) => card.id)).not.toContain(scheduled);
    expect(queries.publicArticle(scheduled, now + 3_600_001)?.article.id).toBe(scheduled);
  });

  it('pages through a section and counts it', () => {
    const id = sectionId('economy');
    const total = queries.countSectionArticles(id, 'ar', now);
    expect(total).toBeGreaterThanOrEqual(6);
    const first = queries.sectionArticles(id, 'ar', now, 4, 0);
    const second = queries.sectionArticles(id, 'ar', now, 4, 4);
    expect(first).toHaveLength(4);
    expect(second.length).toBe(Math.min(4, total - 4));
    expect(first.map((card) => card.id)).not.toContain(second[0].id);
    expect(first.every((card) => card.sectionSlug === 'economy')).toBe(true);
  });

  it('finds stories by tag and by author', () => {
    const tag = site.tagBySlug('الصين')!;
    expect(queries.countTagArticles(tag.id, 'ar', now)).toBeGreaterThanOrEqual(1);
    expect(queries.tagArticles(tag.id, 'ar', now, 12).map((card) => card.title)).toContain(seedArticle.title);
    const author = site.authorBySlug('newsroom')!;
    expect(queries.authorArticles(author.id, 'ar', now, 12).map((card) => card.title)).toContain(seedArticle.title);
  });

  it('returns breaking stories only when flagged', () => {
    const breaking = queries.breakingNews('ar', now);
    expect(breaking.length).toBeGreaterThan(0);
    expect(breaking.every((card) => card.isBreaking)).toBe(true);
  });

  it('reads the masthead from settings and sections in order', () => {
    expect(site.siteSettingsRow()?.siteNameAr).toBe('اتحاد العالم الإسلامي');
    expect(
      site
        .allSections()
        .map((section) => section.slug)
        .slice(0, 2),
    ).toEqual(['politics', 'world']);
  });
});
