import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { articles } from './articles';
import { users } from './staff';

/**
 * An editor's note sending a story in review back to its writer. Kept as
 * history: a note is closed (not deleted) when the story goes back to review or
 * out to readers, so the story's earlier rounds stay readable.
 */
export const reviewNotes = sqliteTable(
  'review_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Plain text: shown to the writer as typed, never as markup. */
    text: text('text').notNull(),
    sentBy: integer('sent_by').references(() => users.id, { onDelete: 'set null' }),
    sentAt: integer('sent_at').notNull(),
    /** Set when the story leaves the draft it was sent back as; null while the writer still has it. */
    closedAt: integer('closed_at'),
  },
  (table) => [index('review_notes_article_idx').on(table.articleId, table.sentAt)],
);

export type ReviewNote = typeof reviewNotes.$inferSelect;
