import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { articles } from './articles';
import { authors } from './people';
import { media } from './media';
import { users } from './staff';

/** A story that is a live blog: open while `endedAt` is null. */
export const liveBlogs = sqliteTable('live_blogs', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  startedAt: integer('started_at').notNull(),
  endedAt: integer('ended_at'),
  /**
   * Bumped by every change to the blog or its entries: the entries endpoint's ETag, so a poll that finds nothing new
   * is answered 304 without a body.
   */
  version: integer('version').notNull().default(1),
});

export const liveEntries = sqliteTable(
  'live_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => liveBlogs.articleId, { onDelete: 'cascade' }),
    /** Who wrote it (for the rules: a writer changes only their own) … */
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** … and the byline readers see: that person's at the time of writing. */
    authorId: integer('author_id').references(() => authors.id, { onDelete: 'set null' }),
    /** Sanitised HTML. */
    body: text('body').notNull(),
    imageId: integer('image_id').references(() => media.id, { onDelete: 'set null' }),
    imageCaption: text('image_caption'),
    isKeyEvent: integer('is_key_event', { mode: 'boolean' }).notNull().default(false),
    isPinned: integer('is_pinned', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    /** Deleted entries leave readers' pages at the next poll; the row stays for the audit trail. */
    deletedAt: integer('deleted_at'),
  },
  (table) => [
    index('live_entries_blog_idx').on(table.articleId, table.createdAt),
    // One pinned entry per blog, whoever pins at the same moment.
    uniqueIndex('live_entries_pinned_idx')
      .on(table.articleId)
      .where(sql`${table.isPinned} = 1 and ${table.deletedAt} is null`),
  ],
);

export type LiveBlog = typeof liveBlogs.$inferSelect;
export type LiveEntry = typeof liveEntries.$inferSelect;
