import { and, eq, gt, min } from 'drizzle-orm';
import { db } from '..';
import { articles } from '../schema';

// Cached reader data must not outlive the moment a scheduled story goes
// public. The next such moment is kept in memory and re-read at most once a
// minute (and at once after a save in this process), not on every request.
// Kept on globalThis: routes and server actions are separate bundles, each
// with its own copy of this module, but they share one process.
const RECHECK_MS = 60_000;
const memo = globalThis as unknown as { nextScheduled?: { checkedAt: number; next: number | null } };

export function nextScheduledPublication(now: number): number | null {
  const known = memo.nextScheduled;
  if (known && now - known.checkedAt <= RECHECK_MS && (known.next === null || known.next > now)) return known.next;
  const row = db
    .select({ at: min(articles.publishedAt) })
    .from(articles)
    .where(and(eq(articles.status, 'scheduled'), gt(articles.publishedAt, now)))
    .get();
  memo.nextScheduled = { checkedAt: now, next: row?.at ?? null };
  return memo.nextScheduled.next;
}

/** Call after any write that may schedule or unschedule a story. */
export function forgetScheduledPublication(): void {
  memo.nextScheduled = undefined;
}
