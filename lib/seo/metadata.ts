import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { routing } from '@/i18n/routing';
import type { PublicArticle } from '@/db/queries/articles';
import { sectionName } from '../localized';
import { SITE_URL, absoluteUrl, articlePath } from '../site-url';
import { isoDate } from '../dates';
import { SOCIAL_IMAGE, socialImagePath } from '../media/variants';
import { focalPointOf } from '../media/focal-point';

export const DEFAULT_OG_IMAGE = { url: `${SITE_URL}/og-default.jpg`, width: 1200, height: 630 };

type Feed = { path: string; title: string };

/**
 * Canonical URL, hreflang pairs and feed autodiscovery for a page that exists
 * at the same path in `locales` (every locale unless told). (Next replaces
 * `alternates` wholesale per page, so the site feed is listed here rather than
 * in the layout.)
 */
export function pageAlternates(
  locale: Locale,
  path: string,
  feeds: Feed[],
  query = '',
  locales: readonly Locale[] = routing.locales,
): Metadata['alternates'] {
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((other) => [other, absoluteUrl(other, path) + query]),
  );
  languages['x-default'] =
    absoluteUrl(locales.includes(routing.defaultLocale) ? routing.defaultLocale : locale, path) + query;
  return {
    canonical: absoluteUrl(locale, path) + query,
    languages,
    types: { 'application/rss+xml': feeds.map((feed) => ({ url: absoluteUrl(locale, feed.path), title: feed.title })) },
  };
}

/** Listing pages past the first stay crawlable but out of the index. */
export function listingRobots(page: number): Metadata['robots'] {
  return page > 1 ? { index: false, follow: true } : undefined;
}

export function articleMetadata(found: PublicArticle, siteName: string, siteFeed: Feed): Metadata {
  const { article, section, image, tags, translation } = found;
  const locale = article.language;
  const url = absoluteUrl(locale, articlePath(article));
  const languages: Record<string, string> = { [locale]: url, 'x-default': url };
  if (translation?.id && translation.slug && translation.language) {
    const other = absoluteUrl(translation.language, articlePath({ id: translation.id, slug: translation.slug }));
    languages[translation.language] = other;
    if (translation.language === routing.defaultLocale) languages['x-default'] = other;
  }
  const socialImage = image ? socialImagePath(image.src, focalPointOf(image)) : null;
  const ogImage =
    image && socialImage
      ? {
          url: `${SITE_URL}${socialImage}`,
          width: SOCIAL_IMAGE.width,
          height: SOCIAL_IMAGE.height,
          type: SOCIAL_IMAGE.type,
          alt: article.leadImageAlt ?? image.alt,
        }
      : DEFAULT_OG_IMAGE;
  const title = article.seoTitle ?? article.title;
  const description = article.seoDescription ?? article.excerpt;
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages,
      types: { 'application/rss+xml': [{ url: absoluteUrl(locale, siteFeed.path), title: siteFeed.title }] },
    },
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName,
      locale: locale === 'ar' ? 'ar_AR' : 'en_GB',
      images: [ogImage],
      publishedTime: isoDate(article.publishedAt!),
      modifiedTime: isoDate(Math.max(article.updatedAt, article.publishedAt!)),
      section: sectionName(section, locale),
      tags: tags.map((tag) => tag.name),
    },
    twitter: { card: 'summary_large_image', title, description, images: [ogImage.url] },
  };
}
