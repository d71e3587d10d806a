import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const sections = sqliteTable('sections', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  nameAr: text('name_ar').notNull(),
  nameEn: text('name_en').notNull(),
  position: integer('position').notNull().default(0),
});

export type Section = typeof sections.$inferSelect;
