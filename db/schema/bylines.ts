import { index, integer, primaryKey, sqliteTable } from 'drizzle-orm/sqlite-core';
import { articles } from './articles';
import { authors } from './people';

/**
 * A story's bylines in order. The first is also `articles.author_id` (kept so the
 * byline filters and indexes that read it stay as they are); triggers in the
 * migration put a story's author_id first when it is written without this table
 * (the archive generator, older scripts).
 */
export const articleAuthors = sqliteTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.authorId] }),
    index('article_authors_author_idx').on(table.authorId, table.articleId),
  ],
);
