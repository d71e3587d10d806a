import type { Locale } from '@/i18n/routing';
import { routing } from '@/i18n/routing';
import { env } from '@/lib/env';

/** The public origin, without a trailing slash (SITE_URL in production). */
export const SITE_URL = env.SITE_URL;

/** Locale-prefixed path: Arabic at the root, other locales under /<locale>. */
export function localePath(locale: Locale, path: string): string {
  const prefix = locale === routing.defaultLocale ? '' : `/${locale}`;
  return path === '/' ? prefix || '/' : `${prefix}${path}`;
}

export function articlePath(article: { id: number; slug: string }): string {
  return `/news/${article.id}/${encodeURIComponent(article.slug)}`;
}

/**
 * A story's short address, which redirects permanently to its canonical one:
 * what the share buttons send. The canonical address of an Arabic headline is
 * hundreds of characters once percent-encoded, and three times that again
 * inside a share link's query, in the HTML and in its payload; a reader's
 * message shows the short one whole.
 */
export const articleShortPath = (id: number) => `/news/${id}`;

export const sectionPath = (slug: string) => `/section/${encodeURIComponent(slug)}`;
export const tagPath = (slug: string) => `/tag/${encodeURIComponent(slug)}`;
/** Page n of a section, tag or author listing; page 1 is the listing itself. */
export const listingPagePath = (basePath: string, page: number) => (page > 1 ? `${basePath}/page/${page}` : basePath);
export const authorPath = (slug: string) => `/author/${encodeURIComponent(slug)}`;

/**
 * A site path as a page's link writes it: letters outside ASCII as themselves
 * rather than percent-encoded, six bytes an Arabic letter against two, in the
 * HTML and again in its RSC payload. Browsers and crawlers encode them again
 * when they follow the link, so the request, and the edge's cache key, are the
 * same. Only escapes of bytes above 0x7F are read; ASCII ones (%2F, %3F, %25…)
 * stay, so the path cannot come to mean something else.
 */
export function readablePath(path: string): string {
  return path.replace(/(?:%[89A-F][0-9A-F])+/gi, (bytes) => {
    try {
      return decodeURIComponent(bytes);
    } catch {
      return bytes; // not UTF-8: left encoded
    }
  });
}

export function absoluteUrl(locale: Locale, path: string): string {
  return `${SITE_URL}${localePath(locale, path)}`;
}

/** The one-time link where an invited (or reset) staff member chooses a password. */
export function setPasswordUrl(locale: Locale, token: string): string {
  return absoluteUrl(locale, `/admin/invite/${token}`);
}
