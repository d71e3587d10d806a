import { type AnyColumn, and, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import { articles, PUBLIC_STATUSES } from '../schema';

type Publishable = { status: AnyColumn; publishedAt: AnyColumn };

/** Public at `now`: the SQL twin of isPublic in lib/stories/workflow. */
export function isPublicAt(now: number, table: Publishable = articles) {
  return and(inArray(table.status, [...PUBLIC_STATUSES]), lte(table.publishedAt, now));
}

/** A «أهم الأخبار» slot or a breaking flag counts until its expiry, if it has one. */
export const notLapsed = (expiry: AnyColumn, now: number) => or(isNull(expiry), gt(expiry, now));
