import { and, eq, gt, min } from 'drizzle-orm';
import { db } from '@/db';
import { articles } from '@/db/schema';

// Cached reader data must not outlive the next moment a page changes by the
// clock alone: a scheduled story going public, an embargo ending, a «أهم الأخبار»
// slot or a breaking flag lapsing. That moment is kept in memory and re-read at most
// once a minute (and at once after a save in this process), not on every
// request. Kept on globalThis: routes and server actions are separate bundles,
// each with its own copy of this module, but they share one process.
const RECHECK_MS = 60_000;
const memo = globalThis as unknown as { nextChange?: { checkedAt: number; next: number | null } };

export function nextTimedChange(now: number): number | null {
  const known = memo.nextChange;
  if (known && now - known.checkedAt <= RECHECK_MS && (known.next === null || known.next > now)) return known.next;
  // Four lookups, each on its own partial index.
  const moments = [
    db
      .select({ at: min(articles.publishedAt) })
      .from(articles)
      .where(and(eq(articles.status, 'scheduled'), gt(articles.publishedAt, now)))
      .get()?.at,
    db
      .select({ at: min(articles.topUntil) })
      .from(articles)
      .where(gt(articles.topUntil, now))
      .get()?.at,
    db
      .select({ at: min(articles.breakingUntil) })
      .from(articles)
      .where(gt(articles.breakingUntil, now))
      .get()?.at,
    // An embargo's end (a scheduled story under embargo is dated no earlier, but the rule holds on its own).
    db
      .select({ at: min(articles.embargoUntil) })
      .from(articles)
      .where(gt(articles.embargoUntil, now))
      .get()?.at,
  ].filter((at): at is number => typeof at === 'number');
  memo.nextChange = { checkedAt: now, next: moments.length ? Math.min(...moments) : null };
  return memo.nextChange.next;
}

/** Call after any write that may schedule a story or set an expiry. */
export function forgetTimedChange(): void {
  memo.nextChange = undefined;
}
