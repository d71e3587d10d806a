import type { Locale } from '@/i18n/routing';
import type { Byline } from '@/db/queries/bylines';
import { authorName } from '../localized';
import { SITE_URL, absoluteUrl, authorPath } from '../site-url';

/**
 * A story's `author` array: a Person per writer, an Organization for an
 * agency, each with their page and portrait (Google's article markup reads
 * `url`, and `image` where there is one).
 */
export function bylinesJsonLd(bylines: Pick<Byline, 'slug' | 'name' | 'nameEn' | 'kind' | 'photo'>[], locale: Locale) {
  return bylines.map((author) => ({
    '@type': author.kind === 'agency' ? 'Organization' : 'Person',
    name: authorName(author, locale),
    url: absoluteUrl(locale, authorPath(author.slug)),
    ...(author.photo && { image: `${SITE_URL}${author.photo.src}` }),
  }));
}
