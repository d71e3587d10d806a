import { eq } from 'drizzle-orm';
import { db } from '..';
import { articles, users } from '../schema';

/**
 * Puts a story under embargo (or extends one), with the publication time the
 * embargo leaves it (lib/stories/embargo.ts planEmbargo). The story's version is
 * not bumped: an open form saves its words over it without a conflict, and the
 * embargo holds whatever that save asks.
 */
export function setEmbargo(id: number, embargo: { embargoUntil: number; publishedAt: number | null }, userId: number) {
  db.update(articles)
    .set({ embargoUntil: embargo.embargoUntil, publishedAt: embargo.publishedAt, embargoSetBy: userId })
    .where(eq(articles.id, id))
    .run();
}

/** Ends an embargo before its time; the story keeps its status and schedule. */
export function liftEmbargo(id: number) {
  db.update(articles).set({ embargoUntil: null, embargoSetBy: null }).where(eq(articles.id, id)).run();
}

/** The name of whoever set a story's embargo (null once their account is gone). */
export function embargoSetterName(userId: number | null): string | null {
  if (userId === null) return null;
  return db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? null;
}
