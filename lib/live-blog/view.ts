import type { Locale } from '@/i18n/routing';
import type { PublicLiveBlog } from '@/db/queries/live';
import { isolateLatinInHtml } from '@/lib/bidi';
import { formatDateTime, isoDate } from '@/lib/dates';
import { authorName } from '@/lib/localized';
import { mediaVariants } from '@/lib/media/variants';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { orderEntries } from './rules';
import { entryHeadline } from './text';

/** One entry as the reader's page shows it: everything formatted on the server, so the browser only places it. */
export type LiveEntryView = {
  id: number;
  /** Changes with every edit: what the page compares. */
  updatedAt: number;
  pinned: boolean;
  keyEvent: boolean;
  at: string;
  time: string;
  author: string | null;
  headline: string;
  html: string;
  image: { src: string; width: number; height: number; alt: string; avif?: string; webp?: string } | null;
  caption: string | null;
  credit: string | null;
};

/** The page's initial state and each answer of the entries endpoint. */
export type LiveState = { version: number; ended: boolean; entries: LiveEntryView[] };

export function liveState({ blog, entries }: PublicLiveBlog, locale: Locale): LiveState {
  return {
    version: blog.version,
    ended: blog.endedAt !== null,
    entries: orderEntries(entries).map((entry) => {
      const variants = entry.image && mediaVariants(entry.image.src);
      return {
        id: entry.id,
        updatedAt: entry.updatedAt,
        pinned: entry.isPinned,
        keyEvent: entry.isKeyEvent,
        at: isoDate(entry.createdAt),
        time: formatDateTime(entry.createdAt, locale),
        author: entry.authorName ? authorName({ name: entry.authorName, nameEn: entry.authorNameEn }, locale) : null,
        headline: entryHeadline(entry.body),
        // Cleaned again on the way out, as the article body is.
        html: isolateLatinInHtml(sanitizeArticleHtml(entry.body)),
        image: entry.image && {
          src: entry.image.src,
          width: entry.image.width,
          height: entry.image.height,
          alt: entry.image.alt,
          ...(variants ?? {}),
        },
        caption: entry.imageCaption,
        credit: entry.image?.credit ?? null,
      };
    }),
  };
}

/** The entries endpoint's ETag for a version of the blog (the page hands the first one to its poller). */
export const liveEtag = (articleId: number, version: number) => `"${articleId}-${version}"`;
