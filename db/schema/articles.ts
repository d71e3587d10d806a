import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  uniqueIndex,
  integer,
  primaryKey,
  sqliteTable,
  text,
} from 'drizzle-orm/sqlite-core';
import { sections } from './sections';
import { authors } from './people';
import { media } from './media';
import { users } from './staff';
import { ARTICLE_GENRES } from './genres';

/** `deleted`: out of every list and page, kept with its history so an editor can bring it back. */
export const ARTICLE_STATUSES = ['draft', 'review', 'scheduled', 'published', 'unpublished', 'deleted'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
// A story is public once its time has come: "scheduled" stories need no cron
// job, they simply pass the check at their published_at.
export const PUBLIC_STATUSES = ['published', 'scheduled'] as const satisfies readonly ArticleStatus[];
export const ARTICLE_LANGUAGES = ['ar', 'en'] as const;

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    language: text('language', { enum: ARTICLE_LANGUAGES }).notNull().default('ar'),
    /** The same story in the other language, when there is one. */
    translationId: integer('translation_id').references((): AnySQLiteColumn => articles.id, {
      onDelete: 'set null',
    }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    kicker: text('kicker'),
    subtitle: text('subtitle'),
    excerpt: text('excerpt').notNull().default(''),
    /** Sanitised HTML. */
    body: text('body').notNull().default(''),
    leadImageId: integer('lead_image_id').references(() => media.id, { onDelete: 'set null' }),
    leadImageCaption: text('lead_image_caption'),
    leadImageAlt: text('lead_image_alt'),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    authorId: integer('author_id').references(() => authors.id, { onDelete: 'set null' }),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    /** The staff member who created the story (null for imported and demo stories). */
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who saved it last: named in the conflict message a stale save gets. */
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: integer('published_at'),
    updatedAt: integer('updated_at').notNull(),
    createdAt: integer('created_at').notNull(),
    /** Position in «أهم الأخبار»; null when the story is not pinned there. */
    topRank: integer('top_rank'),
    /** When the «أهم الأخبار» slot lapses (null: until cleared); a lapsed slot falls back to the latest stories. */
    topUntil: integer('top_until'),
    isBreaking: integer('is_breaking', { mode: 'boolean' }).notNull().default(false),
    /** When the breaking flag lapses (null: until cleared). */
    breakingUntil: integer('breaking_until'),
    /** Bumped on every save: a save made from an older version is refused, not applied. */
    version: integer('version').notNull().default(1),
    /**
     * The key the «خبر جديد» form carried when it created the story: a retry of a save that was stored but never
     * answered finds the story by it and saves onto it instead of making a second. Null for stories made otherwise.
     */
    createKey: text('create_key').unique(),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    /** Under embargo until then: hidden from readers and not publishable earlier (lib/stories/embargo.ts). */
    embargoUntil: integer('embargo_until'),
    /** Who set the embargo, shown on the story form. */
    embargoSetBy: integer('embargo_set_by').references(() => users.id, { onDelete: 'set null' }),
    genre: text('genre', { enum: ARTICLE_GENRES }).notNull().default('news'),
  },
  (table) => [
    uniqueIndex('articles_slug_idx').on(table.language, table.slug),
    // published_at before status: the status filter has two values (published,
    // scheduled), and an index in publication order lets "newest first" read
    // only the rows of the page instead of sorting every match.
    index('articles_latest_idx').on(table.language, table.publishedAt, table.status),
    index('articles_section_idx').on(table.sectionId, table.language, table.publishedAt, table.status),
    index('articles_author_idx').on(table.authorId, table.language, table.publishedAt, table.status),
    index('articles_updated_idx').on(table.updatedAt),
    // Search checks each match against these by id. They sit after the body in
    // the row, so reading them from the table means walking the body's
    // overflow pages; the index holds them all (a covering index).
    index('articles_search_filter_idx').on(table.id, table.language, table.status, table.publishedAt, table.sectionId),
    index('articles_top_idx')
      .on(table.language, table.topRank)
      .where(sql`${table.topRank} is not null`),
    index('articles_scheduled_idx')
      .on(table.publishedAt)
      .where(sql`${table.status} = 'scheduled'`),
    // Expiries are found by the cache-key clock (lib/cache/clock.ts), like scheduled publications.
    index('articles_top_until_idx')
      .on(table.topUntil)
      .where(sql`${table.topUntil} is not null`),
    index('articles_breaking_until_idx')
      .on(table.breakingUntil)
      .where(sql`${table.breakingUntil} is not null`),
    // The few embargoed stories, read whole by every reader query's visibility rule (db/queries/visibility.ts).
    index('articles_embargo_idx')
      .on(table.embargoUntil)
      .where(sql`${table.embargoUntil} is not null`),
    // «كتّاب الرأي» reads an edition's opinion pieces, newest first.
    index('articles_genre_idx').on(table.genre, table.language, table.publishedAt, table.status),
    index('articles_breaking_idx')
      .on(table.language, table.publishedAt)
      .where(sql`${table.isBreaking} = 1`),
  ],
);

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
});

/** A tag's earlier slugs: its old URLs redirect to it, and a story naming it the old way finds it. */
export const tagAliases = sqliteTable(
  'tag_aliases',
  {
    slug: text('slug').primaryKey(),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (table) => [index('tag_aliases_tag_idx').on(table.tagId)],
);

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.tagId] }),
    index('article_tags_tag_idx').on(table.tagId, table.articleId),
  ],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Tag = typeof tags.$inferSelect;
