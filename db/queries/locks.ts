import { and, eq, gt } from 'drizzle-orm';
import { db } from '..';
import { articleLocks, users } from '../schema';

/** An editor reports every 20 s; a lock not renewed for this long has lapsed (closed tab, lost network). */
export const LOCK_LAPSE_MS = 90_000;

export type LockHolder = { userId: number; name: string; since: number };

/** Who holds a live lock on the story, if anyone. */
export function lockHolder(articleId: number, now: number): LockHolder | undefined {
  return db
    .select({ userId: articleLocks.userId, name: users.name, since: articleLocks.since })
    .from(articleLocks)
    .innerJoin(users, eq(articleLocks.userId, users.id))
    .where(
      and(
        eq(articleLocks.articleId, articleId),
        eq(users.active, true),
        gt(articleLocks.heartbeatAt, now - LOCK_LAPSE_MS),
      ),
    )
    .get();
}

export type ClaimResult = { held: true; displaced?: LockHolder } | { held: false; holder: LockHolder };

/**
 * Takes or renews the lock. Someone else's live lock stands unless this is an
 * explicit takeover; the displaced holder learns it at their next report.
 */
export function claimLock(articleId: number, userId: number, now: number, takeover = false): ClaimResult {
  return db.transaction(() => {
    const holder = lockHolder(articleId, now);
    const other = holder && holder.userId !== userId ? holder : undefined;
    if (other && !takeover) return { held: false, holder: other };
    const since = holder?.userId === userId ? holder.since : now;
    db.insert(articleLocks)
      .values({ articleId, userId, since, heartbeatAt: now })
      .onConflictDoUpdate({ target: articleLocks.articleId, set: { userId, since, heartbeatAt: now } })
      .run();
    return other ? { held: true, displaced: other } : { held: true };
  });
}

/** Gives up `userId`'s lock on the story, if they hold it (they are done with it). */
export function releaseLock(articleId: number, userId: number): void {
  db.delete(articleLocks)
    .where(and(eq(articleLocks.articleId, articleId), eq(articleLocks.userId, userId)))
    .run();
}
