import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { media } from './media';

export const authors = sqliteTable('authors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  bio: text('bio'),
  /** The writer's portrait, shown beside their opinion pieces and on «كتّاب الرأي». */
  photoId: integer('photo_id').references(() => media.id, { onDelete: 'set null' }),
});

export type Author = typeof authors.$inferSelect;
