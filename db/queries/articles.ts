import { type SQL, and, asc, count, desc, eq, inArray, isNotNull, max, notInArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Locale } from '@/i18n/routing';
import { db } from '..';
import { articles, articleTags, authors, media, sections, tags, type ArticleGenre } from '../schema';
import { bylinesOf, signedBy, type Byline } from './bylines';
import { isPublicAt, notLapsed } from './visibility';

const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  kicker: articles.kicker,
  excerpt: articles.excerpt,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  isBreaking: articles.isBreaking,
  sectionSlug: sections.slug,
  sectionNameAr: sections.nameAr,
  sectionNameEn: sections.nameEn,
  imageSrc: media.src,
  imageWidth: media.width,
  imageHeight: media.height,
  imageAlt: articles.leadImageAlt,
  imageFocalX: media.focalX,
  imageFocalY: media.focalY,
  genre: articles.genre,
};

export type ArticleCard = {
  id: number;
  slug: string;
  title: string;
  kicker: string | null;
  excerpt: string;
  publishedAt: number;
  updatedAt: number;
  isBreaking: boolean;
  sectionSlug: string;
  sectionNameAr: string;
  sectionNameEn: string;
  imageSrc: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageAlt: string | null;
  imageFocalX: number | null;
  imageFocalY: number | null;
  genre: ArticleGenre;
};

function cards() {
  return db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(media, eq(articles.leadImageId, media.id))
    .$dynamic();
}

// isPublicAt guarantees publishedAt is set; the cast narrows the column type.
const asCards = (rows: unknown[]) => rows as ArticleCard[];

/**
 * Public stories in one language, newest first, narrowed by `scope` (and
 * through their tags when asked). The page's ids come from the index alone;
 * only those rows are then read whole. With a plain OFFSET, SQLite builds
 * every skipped row in full (joins included), so page 500 of a section cost
 * as much as reading 6,000 stories.
 */
function newestPublic(
  language: Locale,
  now: number,
  scope: SQL | undefined,
  limit: number,
  offset = 0,
  throughTags = false,
) {
  const ids = db.select({ id: articles.id }).from(articles).$dynamic();
  if (throughTags) ids.innerJoin(articleTags, eq(articleTags.articleId, articles.id));
  const pageIds = ids
    .where(and(eq(articles.language, language), isPublicAt(now), scope))
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .offset(offset)
    .all()
    .map((row) => row.id);
  if (!pageIds.length) return [];
  const byId = new Map(asCards(cards().where(inArray(articles.id, pageIds)).all()).map((card) => [card.id, card]));
  return pageIds.map((id) => byId.get(id)!);
}

function countPublic(language: Locale, now: number, scope: SQL, throughTags = false): number {
  const query = db.select({ total: count() }).from(articles).$dynamic();
  if (throughTags) query.innerJoin(articleTags, eq(articleTags.articleId, articles.id));
  return query.where(and(eq(articles.language, language), isPublicAt(now), scope)).get()?.total ?? 0;
}

export function latestArticles(language: Locale, now: number, limit: number, offset = 0) {
  return newestPublic(language, now, undefined, limit, offset);
}

/** «أهم الأخبار»: pinned stories by rank, topped up with the latest so the block is never empty. */
export function topNews(language: Locale, now: number, limit: number) {
  const pinned = asCards(
    cards()
      .where(
        and(
          eq(articles.language, language),
          isNotNull(articles.topRank),
          notLapsed(articles.topUntil, now),
          isPublicAt(now),
        ),
      )
      // Two stories given the same slot: the newer one first.
      .orderBy(asc(articles.topRank), desc(articles.publishedAt))
      .limit(limit)
      .all(),
  );
  if (pinned.length >= limit) return pinned;
  const pinnedIds = pinned.map((card) => card.id);
  const notPinned = pinnedIds.length ? notInArray(articles.id, pinnedIds) : undefined;
  return [...pinned, ...newestPublic(language, now, notPinned, limit - pinned.length)];
}

export function breakingNews(language: Locale, now: number, limit = 5) {
  return newestPublic(language, now, and(eq(articles.isBreaking, true), notLapsed(articles.breakingUntil, now)), limit);
}

export function sectionArticles(sectionId: number, language: Locale, now: number, limit: number, offset = 0) {
  return newestPublic(language, now, eq(articles.sectionId, sectionId), limit, offset);
}

export function countSectionArticles(sectionId: number, language: Locale, now: number): number {
  return countPublic(language, now, eq(articles.sectionId, sectionId));
}

export function relatedArticles(
  article: { id: number; sectionId: number; language: Locale },
  now: number,
  limit: number,
) {
  return newestPublic(
    article.language,
    now,
    and(eq(articles.sectionId, article.sectionId), ne(articles.id, article.id)),
    limit,
  );
}

export function tagArticles(tagId: number, language: Locale, now: number, limit: number, offset = 0) {
  return newestPublic(language, now, eq(articleTags.tagId, tagId), limit, offset, true);
}

export function countTagArticles(tagId: number, language: Locale, now: number): number {
  return countPublic(language, now, eq(articleTags.tagId, tagId), true);
}

export function authorArticles(authorId: number, language: Locale, now: number, limit: number, offset = 0) {
  return newestPublic(language, now, signedBy(authorId), limit, offset);
}

export function countAuthorArticles(authorId: number, language: Locale, now: number): number {
  return countPublic(language, now, signedBy(authorId));
}

const translation = alias(articles, 'translation');
const authorPhoto = alias(media, 'author_photo');
/** The byline's portrait (opinion pieces show it): select these and join with joinAuthorPhoto. */
export const authorPhotoColumns = {
  authorPhoto: { src: authorPhoto.src, width: authorPhoto.width, height: authorPhoto.height },
};
export const authorPhotoJoin = [authorPhoto, eq(authors.photoId, authorPhoto.id)] as const;

/**
 * The article page's main read, prepared once: building this many joins in
 * Drizzle took longer than SQLite took to run them (a CPU profile of uncached renders).
 */
let publicArticleQuery: ReturnType<typeof preparePublicArticle> | undefined;
function preparePublicArticle() {
  const now = sql.placeholder('now');
  return db
    .select({
      article: articles,
      section: sections,
      author: authors,
      image: media,
      translation: { id: translation.id, slug: translation.slug, language: translation.language },
      ...authorPhotoColumns,
    })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(articles.leadImageId, media.id))
    .leftJoin(...authorPhotoJoin)
    .leftJoin(translation, and(eq(articles.translationId, translation.id), isPublicAt(now, translation)))
    .where(and(eq(articles.id, sql.placeholder('id')), isPublicAt(now)))
    .prepare();
}

/** A public article with everything its page shows; undefined when it is not public. */
export function publicArticle(id: number, now: number) {
  const row = (publicArticleQuery ??= preparePublicArticle()).get({ id, now });
  if (!row) return undefined;
  const articleTagRows = db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name))
    .all();
  return { ...row, tags: articleTagRows, bylines: bylinesOf([id]).get(id) ?? [] };
}

export type PublicArticle = NonNullable<ReturnType<typeof publicArticle>>;

export type FeedEntry = ArticleCard & {
  body: string;
  bylines: Pick<Byline, 'name' | 'nameEn'>[];
  imageCredit: string | null;
};

/** Newest public stories for a feed: the whole site, one section, or «أهم الأخبار». */
export function feedEntries(
  language: Locale,
  now: number,
  limit: number,
  scope: { sectionId?: number; topOnly?: boolean } = {},
) {
  const rows = db
    .select({ ...cardColumns, body: articles.body, imageCredit: media.credit })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(media, eq(articles.leadImageId, media.id))
    .where(
      and(
        eq(articles.language, language),
        isPublicAt(now),
        scope.sectionId === undefined ? undefined : eq(articles.sectionId, scope.sectionId),
        scope.topOnly ? and(isNotNull(articles.topRank), notLapsed(articles.topUntil, now)) : undefined,
      ),
    )
    .orderBy(...(scope.topOnly ? [asc(articles.topRank), desc(articles.publishedAt)] : [desc(articles.publishedAt)]))
    .limit(limit)
    .all();
  const bylines = bylinesOf(rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, bylines: bylines.get(row.id) ?? [] })) as FeedEntry[];
}

/** The highest article id (one primary-key lookup). */
export function maxArticleId(): number {
  return (
    db
      .select({ id: max(articles.id) })
      .from(articles)
      .get()?.id ?? 0
  );
}

export type StoryReferences = { sectionId: number; authorId: number | null; leadImageId: number | null };

/**
 * Which of a story's references name no row. The form offers only rows that
 * exist, but a forged post, a stale form or an old revision may name one that
 * does not (or no longer does), and the write would fail on the foreign key.
 */
export function unknownReferences({ sectionId, authorId, leadImageId }: StoryReferences): (keyof StoryReferences)[] {
  const exists = (table: typeof sections | typeof authors | typeof media, id: number) =>
    Boolean(db.select({ id: table.id }).from(table).where(eq(table.id, id)).get());
  return [
    exists(sections, sectionId) ? undefined : ('sectionId' as const),
    authorId === null || exists(authors, authorId) ? undefined : ('authorId' as const),
    leadImageId === null || exists(media, leadImageId) ? undefined : ('leadImageId' as const),
  ].filter((field) => field !== undefined);
}

/** The story a «خبر جديد» form created, found by the key the form carried. */
export function storyCreatedWith(createKey: string): number | undefined {
  return db.select({ id: articles.id }).from(articles).where(eq(articles.createKey, createKey)).get()?.id;
}
