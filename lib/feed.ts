import { Feed } from 'feed';
import type { Locale } from '@/i18n/routing';
import type { FeedEntry } from '@/db/queries/articles';
import type { SiteSettings } from '@/db/schema';
import { localized, sectionName } from './localized';
import { SITE_URL, absoluteUrl, articlePath } from './site-url';

type FeedInput = { locale: Locale; settings: SiteSettings; title?: string; path: string; entries: FeedEntry[] };

/** The path of the RSS feed that belongs to a page path ("/" → "/rss.xml"). */
export function feedPath(pagePath: string): string {
  return `${pagePath === '/' ? '' : pagePath}/rss.xml`;
}

/** RSS 2.0, written by the `feed` library (it escapes and wraps every value). */
export function buildRssFeed({ locale, settings, title, path, entries }: FeedInput): string {
  const siteName = localized(settings, 'siteName', locale);
  const feed = new Feed({
    title: title ? `${title} | ${siteName}` : siteName,
    description: localized(settings, 'tagline', locale) || siteName,
    id: absoluteUrl(locale, path),
    link: absoluteUrl(locale, path),
    language: locale,
    image: `${SITE_URL}/logo.png`,
    copyright: `© ${siteName}`,
    updated: entries.length ? new Date(Math.max(...entries.map((entry) => entry.updatedAt))) : undefined,
    feedLinks: { rss: absoluteUrl(locale, feedPath(path)) },
    ttl: 5,
  });
  for (const entry of entries) {
    const url = absoluteUrl(locale, articlePath(entry));
    feed.addItem({
      title: entry.title,
      id: url,
      guid: url,
      link: url,
      description: entry.excerpt,
      content: entry.body,
      date: new Date(entry.publishedAt),
      category: [{ name: sectionName({ nameAr: entry.sectionNameAr, nameEn: entry.sectionNameEn }, locale), domain: absoluteUrl(locale, `/section/${entry.sectionSlug}`) }],
      image: entry.imageSrc ? { url: `${SITE_URL}${entry.imageSrc}`, type: 'image/webp' } : undefined,
      extensions: entry.authorName ? [{ name: 'dc:creator', objects: { _cdata: entry.authorName } }] : undefined,
    });
  }
  return feed.rss2();
}

export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
