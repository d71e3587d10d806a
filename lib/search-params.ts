import { z } from 'zod';
import { TIME_ZONE, parseNewsroomTime } from './dates';
import { parsePageParam } from './pagination';

export const MAX_QUERY_LENGTH = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const one = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().optional());

const searchParamsSchema = z.object({
  q: one.transform((value) => (value ?? '').trim()),
  section: one,
  from: one,
  to: one,
  sort: one.transform((value) => (value === 'newest' ? 'newest' : 'relevance') as 'newest' | 'relevance'),
});

/** Midnight of a YYYY-MM-DD day in the newsroom's time zone, as epoch ms; undefined when invalid. */
export function startOfDay(day: string | undefined, timeZone = TIME_ZONE): number | undefined {
  return day && DAY.test(day) ? parseNewsroomTime(day, timeZone) : undefined;
}

/** Reader input from /search?q=…, made safe: never throws, whatever the URL holds. */
export function parseSearchParams(raw: Record<string, string | string[] | undefined>) {
  const parsed = searchParamsSchema.parse(raw);
  const from = startOfDay(parsed.from);
  const toStart = startOfDay(parsed.to);
  return {
    query: parsed.q,
    tooLong: parsed.q.length > MAX_QUERY_LENGTH,
    sectionSlug: parsed.section || undefined,
    fromDay: from === undefined ? undefined : parsed.from,
    toDay: toStart === undefined ? undefined : parsed.to,
    from,
    // "to" is a whole day: everything before the next midnight.
    to: toStart === undefined ? undefined : toStart + 24 * 3_600_000,
    invalidDate: (parsed.from && from === undefined) || (parsed.to && toStart === undefined) ? true : false,
    sort: parsed.sort,
    page: parsePageParam(typeof raw.page === 'string' ? raw.page : undefined) ?? 1,
  };
}

export type SearchRequest = ReturnType<typeof parseSearchParams>;
