import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const media = sqliteTable('media', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Public URL path, e.g. /demo/summit.webp */
  src: text('src').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  alt: text('alt').notNull(),
  credit: text('credit'),
  /** Where the subject is, in percent of the width and height (0–100); null: the centre for cards, sharp's attention crop for the social image. */
  focalX: integer('focal_x'),
  focalY: integer('focal_y'),
  createdAt: integer('created_at').notNull(),
});

export type Media = typeof media.$inferSelect;
