import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { media } from './media';

/** Staff write for the paper; guests sign a piece now and then; an agency is an organisation, not a person. */
export const AUTHOR_KINDS = ['staff', 'guest', 'agency'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

export const authors = sqliteTable('authors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  bio: text('bio'),
  /** The writer's portrait, shown beside their opinion pieces and on «كتّاب الرأي». */
  photoId: integer('photo_id').references(() => media.id, { onDelete: 'set null' }),
  kind: text('kind', { enum: AUTHOR_KINDS }).notNull().default('staff'),
  /** https only, like the masthead's accounts (lib/https-link.ts); null: none. */
  websiteUrl: text('website_url'),
  xUrl: text('x_url'),
  facebookUrl: text('facebook_url'),
  linkedinUrl: text('linkedin_url'),
});

export type Author = typeof authors.$inferSelect;
