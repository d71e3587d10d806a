import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row (id = 1): the masthead and the paper's identity. */
export const siteSettings = sqliteTable('site_settings', {
  id: integer('id').primaryKey(),
  siteNameAr: text('site_name_ar').notNull(),
  siteNameEn: text('site_name_en').notNull(),
  chairmanAr: text('chairman_ar').notNull(),
  chairmanEn: text('chairman_en').notNull(),
  editorInChiefAr: text('editor_in_chief_ar').notNull(),
  editorInChiefEn: text('editor_in_chief_en').notNull(),
  taglineAr: text('tagline_ar').notNull().default(''),
  taglineEn: text('tagline_en').notNull().default(''),
  // The paper's own accounts, shown in the footer; null when it has none there.
  facebookUrl: text('facebook_url'),
  xUrl: text('x_url'),
  youtubeUrl: text('youtube_url'),
  instagramUrl: text('instagram_url'),
  telegramUrl: text('telegram_url'),
  updatedAt: integer('updated_at').notNull(),
});

export type SiteSettings = typeof siteSettings.$inferSelect;
