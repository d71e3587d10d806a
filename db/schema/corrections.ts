import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { articles } from './articles';
import { users } from './staff';

/** A correction says something printed was wrong; an update adds something new. */
export const NOTE_KINDS = ['correction', 'update'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** A dated editor's note on a published story, shown to readers with it. Plain text: no markup to sanitise. */
export const storyNotes = sqliteTable(
  'story_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTE_KINDS }).notNull(),
    text: text('text').notNull(),
    /** The note's date as readers see it; it also dates the story's last change (dateModified). */
    at: integer('at').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    index('story_notes_article_idx').on(table.articleId, table.at),
    // The «تصحيحات» page: corrections newest first.
    index('story_notes_kind_idx').on(table.kind, table.at),
  ],
);

export type StoryNote = typeof storyNotes.$inferSelect;
