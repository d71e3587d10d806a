import { asc, eq, getTableColumns } from 'drizzle-orm';
import { db } from '..';
import { authors, media, sections, siteSettings, tags } from '../schema';

export function siteSettingsRow() {
  return db.select().from(siteSettings).where(eq(siteSettings.id, 1)).get();
}

export function allSections() {
  return db.select().from(sections).orderBy(asc(sections.position), asc(sections.id)).all();
}

export function sectionBySlug(slug: string) {
  return db.select().from(sections).where(eq(sections.slug, slug)).get();
}

export function tagBySlug(slug: string) {
  return db.select().from(tags).where(eq(tags.slug, slug)).get();
}

/** A writer with their portrait, for their page. */
export function authorBySlug(slug: string) {
  return db
    .select({ ...getTableColumns(authors), photo: { src: media.src, width: media.width, height: media.height } })
    .from(authors)
    .leftJoin(media, eq(authors.photoId, media.id))
    .where(eq(authors.slug, slug))
    .get();
}

export function sectionById(id: number) {
  return db.select().from(sections).where(eq(sections.id, id)).get();
}

export function allAuthors() {
  return db.select().from(authors).orderBy(asc(authors.name)).all();
}

export type MastheadFields = Omit<typeof siteSettings.$inferInsert, 'id' | 'updatedAt'>;

export function updateSiteSettings(fields: MastheadFields) {
  db.update(siteSettings)
    .set({ ...fields, updatedAt: Date.now() })
    .where(eq(siteSettings.id, 1))
    .run();
}
