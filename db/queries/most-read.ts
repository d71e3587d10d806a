import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import { db } from '..';
import { articles, articleViews } from '../schema';
import { isPublicAt } from './visibility';

/**
 * Adds one batch of views (story id → views) to an hour's bucket, in one
 * transaction. Additive: every worker adds its own batches to the same rows.
 * Ids that are not public stories (made up, deleted, drafts) are dropped here,
 * by the database, so the beacon never has to look anything up.
 */
export function addViews(hour: number, counts: ReadonlyMap<number, number>, now: number): number {
  if (!counts.size) return 0;
  return db.transaction((tx) => {
    const publicIds = new Set(
      tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(inArray(articles.id, [...counts.keys()]), isPublicAt(now)))
        .all()
        .map((row) => row.id),
    );
    const rows = [...counts]
      .filter(([id]) => publicIds.has(id))
      .map(([articleId, views]) => ({ hour, articleId, views }));
    if (!rows.length) return 0;
    tx.insert(articleViews)
      .values(rows)
      .onConflictDoUpdate({
        target: [articleViews.hour, articleViews.articleId],
        set: { views: sql`${articleViews.views} + excluded.views` },
      })
      .run();
    return rows.length;
  });
}

/** Drops the buckets no window reads any more. */
export function dropViewsBefore(hour: number): void {
  db.delete(articleViews).where(lt(articleViews.hour, hour)).run();
}

export type MostReadStory = { id: number; slug: string; title: string; views: number };

/** The most read public stories of one edition from `fromHour` on, most views first. */
export function mostRead(language: Locale, fromHour: number, now: number, limit: number): MostReadStory[] {
  const views = sql<number>`sum(${articleViews.views})`.mapWith(Number);
  return db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, views })
    .from(articleViews)
    .innerJoin(articles, eq(articles.id, articleViews.articleId))
    .where(and(gte(articleViews.hour, fromHour), eq(articles.language, language), isPublicAt(now)))
    .groupBy(articles.id)
    .orderBy(desc(views), desc(articles.publishedAt))
    .limit(limit)
    .all();
}
