import { asc, count, eq, max } from 'drizzle-orm';
import { db } from '..';
import { articles, sections } from '../schema';

export function sectionSlugTaken(slug: string, exceptId?: number): boolean {
  const row = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug)).get();
  return Boolean(row && row.id !== exceptId);
}

export function createSection(values: { slug: string; nameAr: string; nameEn: string }) {
  const last =
    db
      .select({ position: max(sections.position) })
      .from(sections)
      .get()?.position ?? -1;
  db.insert(sections)
    .values({ ...values, position: last + 1 })
    .run();
}

export function renameSection(id: number, names: { nameAr: string; nameEn: string }): boolean {
  return db.update(sections).set(names).where(eq(sections.id, id)).run().changes > 0;
}

/** Swaps a section with its neighbour in the menu order; positions are renumbered in one transaction. */
export function moveSection(id: number, direction: 'up' | 'down'): boolean {
  return db.transaction((tx) => {
    const order = tx
      .select({ id: sections.id })
      .from(sections)
      .orderBy(asc(sections.position), asc(sections.id))
      .all()
      .map((row) => row.id);
    const at = order.indexOf(id);
    if (at < 0) return false;
    const other = direction === 'up' ? at - 1 : at + 1;
    if (other >= 0 && other < order.length) [order[at], order[other]] = [order[other], order[at]];
    order.forEach((sectionId, position) =>
      tx.update(sections).set({ position }).where(eq(sections.id, sectionId)).run(),
    );
    return true;
  });
}

/** Deletes a section that holds no story at all (drafts included); false when it is not empty. */
export function deleteEmptySection(id: number): 'deleted' | 'notEmpty' | 'notFound' {
  return db.transaction((tx) => {
    if (!tx.select({ id: sections.id }).from(sections).where(eq(sections.id, id)).get()) return 'notFound';
    const stories = tx.select({ n: count() }).from(articles).where(eq(articles.sectionId, id)).get()?.n ?? 0;
    if (stories > 0) return 'notEmpty';
    tx.delete(sections).where(eq(sections.id, id)).run();
    return 'deleted';
  });
}
