import { and, asc, desc, eq, isNotNull, max, not } from 'drizzle-orm';
import { db } from '..';
import { articles } from '../schema';
import { isPublicAt, notLapsed } from './visibility';

export type TopMove = 'up' | 'down' | 'clear';

/** The pinned stories of one language, by rank: the «أهم الأخبار» board. */
export function pinnedStories(language: 'ar' | 'en') {
  return db
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      topRank: articles.topRank,
      topUntil: articles.topUntil,
    })
    .from(articles)
    .where(and(eq(articles.language, language), isNotNull(articles.topRank)))
    .orderBy(asc(articles.topRank), asc(articles.id))
    .all();
}

/** Holds a live «أهم الأخبار» slot: pinned, and not lapsed. */
const holdsSlot = (now: number) => and(isNotNull(articles.topRank), notLapsed(articles.topUntil, now));

/** The latest public stories of one language without a live slot: what the board offers to pin. */
export function pinCandidates(language: 'ar' | 'en', now: number, limit = 40) {
  return db
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .where(and(eq(articles.language, language), isPublicAt(now), not(holdsSlot(now)!)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .all();
}

/** Pins a public story after every other slot, until a time or until cleared; false when it is not public or holds a live slot. */
export function pinTopStory(articleId: number, until: number | null, now: number): boolean {
  return db.transaction((tx) => {
    const story = tx
      .select({ language: articles.language })
      .from(articles)
      .where(and(eq(articles.id, articleId), isPublicAt(now), not(holdsSlot(now)!)))
      .get();
    if (!story) return false;
    const last =
      tx
        .select({ rank: max(articles.topRank) })
        .from(articles)
        .where(and(eq(articles.language, story.language), isNotNull(articles.topRank)))
        .get()?.rank ?? 0;
    tx.update(articles)
      .set({ topRank: last + 1, topUntil: until })
      .where(eq(articles.id, articleId))
      .run();
    return true;
  });
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** One language's pinned story ids, by rank. */
const pinnedOrder = (tx: Tx, language: 'ar' | 'en') =>
  tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.language, language), isNotNull(articles.topRank)))
    .orderBy(asc(articles.topRank), asc(articles.id))
    .all()
    .map((row) => row.id);

/** Ranks 1..n in this order, so no gap or tie is left behind. */
const renumber = (tx: Tx, order: number[]) =>
  order.forEach((id, index) =>
    tx
      .update(articles)
      .set({ topRank: index + 1 })
      .where(eq(articles.id, id))
      .run(),
  );

/** Moves a pinned story one slot, or unpins it; ranks are renumbered 1..n in the same transaction. */
export function moveTopStory(articleId: number, move: TopMove): boolean {
  return db.transaction((tx) => {
    const story = tx
      .select({ language: articles.language, topRank: articles.topRank })
      .from(articles)
      .where(eq(articles.id, articleId))
      .get();
    if (!story || story.topRank === null) return false;
    const order = pinnedOrder(tx, story.language);
    const at = order.indexOf(articleId);
    if (move === 'clear') order.splice(at, 1);
    const swapWith = move === 'up' ? at - 1 : move === 'down' ? at + 1 : -1;
    if (swapWith >= 0 && swapWith < order.length) [order[at], order[swapWith]] = [order[swapWith], order[at]];
    if (move === 'clear')
      tx.update(articles).set({ topRank: null, topUntil: null }).where(eq(articles.id, articleId)).run();
    renumber(tx, order);
    return true;
  });
}

/**
 * Gives one language's pinned stories the board's new order (ranks 1..n), in
 * one transaction; false when the order names other stories than those pinned
 * now (the board was stale: someone pinned or cleared one meanwhile).
 */
export function reorderTopStories(language: 'ar' | 'en', order: number[]): boolean {
  return db.transaction((tx) => {
    const pinned = pinnedOrder(tx, language);
    const sameStories = pinned.length === order.length && new Set(order).size === order.length;
    if (!sameStories || !order.every((id) => pinned.includes(id))) return false;
    renumber(tx, order);
    return true;
  });
}
