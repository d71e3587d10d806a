import 'server-only';
import { unstable_cache } from 'next/cache';
import type { Locale } from '@/i18n/routing';
import { mostRead } from '@/db/queries/most-read';
import { env } from '../env';
import { cacheTags } from '../cache/tags';
import { hourOf, windowStart } from './window';

export const MOST_READ_SIZE = 5;

/**
 * The «الأكثر قراءة» lists of an edition, read at most every
 * MOST_READ_REFRESH_SECONDS (views never invalidate anything). Tagged home as
 * well: a story taken off the site leaves the lists with it.
 */
export function getMostRead(locale: Locale) {
  return unstable_cache(
    async () => {
      const now = Date.now();
      const hour = hourOf(now);
      return {
        day: mostRead(locale, windowStart('day', hour), now, MOST_READ_SIZE),
        week: mostRead(locale, windowStart('week', hour), now, MOST_READ_SIZE),
      };
    },
    ['most-read', locale],
    { tags: [cacheTags.mostRead, cacheTags.home], revalidate: env.MOST_READ_REFRESH_SECONDS },
  )();
}
