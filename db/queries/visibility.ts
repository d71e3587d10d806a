import { type AnyColumn, and, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import { articles } from '../schema';

// A story is public once its time has come: "scheduled" stories need no cron
// job, they simply pass this check at their published_at.
export const PUBLIC_STATUSES = ['published', 'scheduled'] as const;

type Publishable = { status: AnyColumn; publishedAt: AnyColumn };

export function isPublicAt(now: number, table: Publishable = articles) {
  return and(inArray(table.status, [...PUBLIC_STATUSES]), lte(table.publishedAt, now));
}

/** A «أهم الأخبار» slot or a breaking flag counts until its expiry, if it has one. */
export const notLapsed = (expiry: AnyColumn, now: number) => or(isNull(expiry), gt(expiry, now));
