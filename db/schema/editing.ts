import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { articles } from './articles';
import { users } from './staff';

/** Every saved version of a story, for the history and its restore. */
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The story's version this revision records. */
    version: integer('version').notNull(),
    savedAt: integer('saved_at').notNull(),
    savedBy: integer('saved_by').references(() => users.id, { onDelete: 'set null' }),
    /** JSON of the story's content fields at that version (see db/queries/revisions.ts). */
    snapshot: text('snapshot').notNull(),
  },
  (table) => [index('article_revisions_article_idx').on(table.articleId, table.version)],
);

/** Who is editing a story now; a lock lapses when its holder's editor stops reporting. */
export const articleLocks = sqliteTable('article_locks', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  since: integer('since').notNull(),
  heartbeatAt: integer('heartbeat_at').notNull(),
});

/** The last unsaved state of a person's story form (article 0: a story not yet saved). */
export const articleAutosaves = sqliteTable(
  'article_autosaves',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    articleId: integer('article_id').notNull(),
    savedAt: integer('saved_at').notNull(),
    /** JSON of the form's fields as typed. */
    fields: text('fields').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.articleId] })],
);
