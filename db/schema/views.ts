import { integer, primaryKey, sqliteTable } from 'drizzle-orm/sqlite-core';
import { articles } from './articles';

/**
 * Reader views per story and hour («الأكثر قراءة»). Only counts: no reader,
 * address or cookie is ever stored. Each server process adds its own batches
 * (lib/most-read), so several workers simply sum into the same rows.
 * The hour comes first in the key: the block reads a range of hours.
 */
export const articleViews = sqliteTable(
  'article_views',
  {
    /** Whole hours since the Unix epoch (UTC). */
    hour: integer('hour').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    views: integer('views').notNull(),
  },
  (table) => [primaryKey({ columns: [table.hour, table.articleId] })],
);
