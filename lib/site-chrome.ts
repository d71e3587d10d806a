import 'server-only';
import type { Locale } from '@/i18n/routing';
import { getBreakingNews, getSiteFrame } from '@/lib/cache/reader';

/**
 * What the masthead, breaking strip and footer around a reader page show, for
 * the page to hand to <SiteChrome>. `now` is taken here, outside rendering: a
 * component that read the clock would not be pure.
 */
export async function siteChromeData(locale: Locale) {
  const [{ settings, sections }, breaking] = await Promise.all([getSiteFrame(), getBreakingNews(locale)]);
  if (!settings) throw new Error('Site settings are missing: run `npm run setup` to migrate and seed the database.');
  return { settings, sections, breaking, now: Date.now() };
}
