import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/i18n/routing';
import { type FeedScope, getFeedEntries, getSiteFrame } from '@/lib/cache/reader';
import { buildRssFeed, rssResponse } from '@/lib/feed';
import { sectionName } from '@/lib/localized';
import { sectionPath } from '@/lib/site-url';

/** RSS for the whole site, «أهم الأخبار» or one section; 404 for an unknown locale or section. */
export async function feedResponse(rawLocale: string, scope: FeedScope): Promise<Response> {
  if (!isLocale(rawLocale)) return notFoundResponse();
  const locale = rawLocale;
  const [{ settings, sections }, entries, t, tNotes] = await Promise.all([
    getSiteFrame(),
    getFeedEntries(locale, scope),
    getTranslations({ locale, namespace: 'Home' }),
    getTranslations({ locale, namespace: 'Corrections' }),
  ]);
  if (!settings || !entries) return notFoundResponse();
  const section = sections.find((candidate) => scope === `section:${candidate.slug}`);
  const { title, path } = section
    ? { title: sectionName(section, locale), path: sectionPath(section.slug) }
    : scope === 'top'
      ? { title: t('topNews'), path: '/top' }
      : { title: undefined, path: '/' };
  const noteLabels = { correction: tNotes('correction'), update: tNotes('update') };
  return rssResponse(buildRssFeed({ locale, settings, title, path, entries, noteLabels }));
}

const notFoundResponse = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
