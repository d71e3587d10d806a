import type { Locale } from '@/i18n/routing';
import type { PublicArticle } from '@/db/queries/articles';
import type { PublicLiveBlog } from '@/db/queries/live';
import type { SiteSettings } from '@/db/schema';
import { isoDate } from '@/lib/dates';
import { authorName } from '@/lib/localized';
import { articleJsonLd } from '@/lib/seo/json-ld';
import { SITE_URL } from '@/lib/site-url';
import { orderEntries } from './rules';
import { entryHeadline, entryPlainText } from './text';

type Posting = { url: string; publisher: unknown };

/**
 * A story's NewsArticle made a LiveBlogPosting (Google's "Live" badge): the coverage's times, and each entry as
 * a BlogPosting. datePublished stays at the first entry ever posted; dateModified follows the newest change.
 */
export function liveBlogPosting<T extends Posting>(posting: T, live: PublicLiveBlog, locale: Locale) {
  const { blog, entries, firstEntryAt } = live;
  const newest = Math.max(blog.startedAt, blog.endedAt ?? 0, ...entries.map((entry) => entry.updatedAt));
  return {
    ...posting,
    '@type': 'LiveBlogPosting',
    coverageStartTime: isoDate(blog.startedAt),
    ...(blog.endedAt !== null && { coverageEndTime: isoDate(blog.endedAt) }),
    datePublished: isoDate(firstEntryAt ?? blog.startedAt),
    dateModified: isoDate(newest),
    liveBlogUpdate: orderEntries(entries).map((entry) => ({
      '@type': 'BlogPosting',
      headline: entryHeadline(entry.body),
      articleBody: entryPlainText(entry.body),
      datePublished: isoDate(entry.createdAt),
      dateModified: isoDate(entry.updatedAt),
      url: `${posting.url}#entry-${entry.id}`,
      author: entry.authorName
        ? { '@type': 'Person', name: authorName({ name: entry.authorName, nameEn: entry.authorNameEn }, locale) }
        : posting.publisher,
      ...(entry.image && { image: `${SITE_URL}${entry.image.src}` }),
    })),
  };
}

/** The article page's JSON-LD for a live blog: its NewsArticle made a LiveBlogPosting, the breadcrumb as it was. */
export function liveBlogJsonLd(found: PublicArticle, settings: SiteSettings, homeName: string, live: PublicLiveBlog) {
  const [posting, breadcrumb] = articleJsonLd(found, settings, homeName);
  return [liveBlogPosting(posting as Posting, live, found.article.language), breadcrumb];
}
