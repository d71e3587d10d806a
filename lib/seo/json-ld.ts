import type { Locale } from '@/i18n/routing';
import type { PublicArticle } from '@/db/queries/articles';
import type { Media, SiteSettings } from '@/db/schema';
import { localized, sectionName } from '../localized';
import { SITE_URL, absoluteUrl, articlePath, sectionPath } from '../site-url';
import { isoDate } from '../dates';
import { socialLinks } from '../social-links';
import { correctionJsonLd } from '../stories/corrections';
import { genreSchemaType } from '../stories/genre';
import { bylinesJsonLd } from './bylines-json-ld';

// Structured data as Google documents it for news publishers. Built as plain
// objects; jsonLdText() makes the JSON safe to embed in a <script> element.

export const LOGO = { url: `${SITE_URL}/logo.png`, width: 600, height: 60 };

function organization(settings: SiteSettings, locale: Locale) {
  const sameAs = socialLinks(settings).map((link) => link.url);
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${SITE_URL}/#organization`,
    name: localized(settings, 'siteName', locale),
    url: absoluteUrl(locale, '/'),
    logo: { '@type': 'ImageObject', ...LOGO },
    // The paper's own accounts identify it to search engines as the same organisation.
    ...(sameAs.length ? { sameAs } : {}),
  };
}

export function homeJsonLd(settings: SiteSettings, locale: Locale) {
  return [
    { '@context': 'https://schema.org', ...organization(settings, locale) },
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: localized(settings, 'siteName', locale),
      url: absoluteUrl(locale, '/'),
      inLanguage: locale,
      publisher: { '@id': `${SITE_URL}/#organization` },
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(locale, '/search')}?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
  ];
}

export function breadcrumbJsonLd(items: { name: string; path: string }[], locale: Locale) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(locale, item.path),
    })),
  };
}

/** The lead picture with its caption and credit, which Google shows beside the image ("Credit:"). */
function leadImageObject(image: Media, caption: string | null) {
  return {
    '@type': 'ImageObject',
    url: `${SITE_URL}${image.src}`,
    width: image.width,
    height: image.height,
    ...(caption && { caption }),
    // The newsroom types one line, «المصدر أو المصوّر»: an agency or a photographer; most
    // often an agency, so it is named as an organisation.
    ...(image.credit && { creditText: image.credit, copyrightHolder: { '@type': 'Organization', name: image.credit } }),
  };
}

/** `notes`: the story's corrections and updates; corrections become its `correction` property. */
export function articleJsonLd(
  found: PublicArticle,
  settings: SiteSettings,
  homeName: string,
  notes: Parameters<typeof correctionJsonLd>[0] = [],
) {
  const { article, section, image, tags, bylines } = found;
  const locale = article.language;
  const url = absoluteUrl(locale, articlePath(article));
  return [
    {
      '@context': 'https://schema.org',
      '@type': genreSchemaType(article.genre),
      headline: article.title,
      description: article.seoDescription ?? article.excerpt,
      image: image ? [leadImageObject(image, article.leadImageCaption)] : [LOGO.url],
      datePublished: isoDate(article.publishedAt!),
      dateModified: isoDate(Math.max(article.updatedAt, article.publishedAt!)),
      ...correctionJsonLd(notes),
      author: bylines.length
        ? bylinesJsonLd(bylines, locale)
        : [{ '@type': 'Organization', name: localized(settings, 'siteName', locale), url: absoluteUrl(locale, '/') }],
      publisher: organization(settings, locale),
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      articleSection: sectionName(section, locale),
      keywords: tags.map((tag) => tag.name),
      inLanguage: locale,
      url,
    },
    breadcrumbJsonLd(
      [
        { name: homeName, path: '/' },
        { name: sectionName(section, locale), path: sectionPath(section.slug) },
        { name: article.title, path: articlePath(article) },
      ],
      locale,
    ),
  ];
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so no value can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
