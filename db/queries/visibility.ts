import { type AnyColumn, type Placeholder, and, gt, inArray, isNull, lte, notInArray, or } from 'drizzle-orm';
import { db } from '..';
import { articles, PUBLIC_STATUSES } from '../schema';

type Publishable = { id: AnyColumn; status: AnyColumn; publishedAt: AnyColumn };
/** A moment, or the placeholder of a prepared query that is given it at each run. */
type Moment = number | Placeholder;

/**
 * The stories under embargo at `now`. A subquery on the embargo's partial index
 * rather than a test of each row's column: the column sits after the body in the
 * row, and the lists and counts read only index entries (the covering indexes).
 */
export const embargoedIds = (now: Moment) =>
  db.select({ id: articles.id }).from(articles).where(gt(articles.embargoUntil, now));

/** Public at `now`: the SQL twin of isPublic in lib/stories/workflow. An embargo hides a story whatever its status. */
export function isPublicAt(now: Moment, table: Publishable = articles) {
  return and(
    inArray(table.status, [...PUBLIC_STATUSES]),
    lte(table.publishedAt, now),
    notInArray(table.id, embargoedIds(now)),
  );
}

/** A «أهم الأخبار» slot or a breaking flag counts until its expiry, if it has one. */
export const notLapsed = (expiry: AnyColumn, now: number) => or(isNull(expiry), gt(expiry, now));
