import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheTags, PAGE_REVALIDATE_SECONDS } from '@/lib/cache/tags';
import type { Locale } from '@/i18n/routing';
import * as articleQueries from '@/db/queries/articles';
import { opinionWriters } from '@/db/queries/authors';
import * as siteQueries from '@/db/queries/site';
import * as sitemapQueries from '@/db/queries/sitemap';
import * as tagQueries from '@/db/queries/tags';
import * as correctionQueries from '@/db/queries/corrections';
import { nextTimedChange } from './clock';

// What reader pages read, through Next's data cache: an unchanged page costs no
// database query. Each read names the tags of what it shows (see ./tags.ts).
// "now" is taken inside the cached function. The key carries the time of the
// next timed change (a scheduled publication, a lapsing slot or breaking flag),
// so when that moment passes every read misses once and the change shows at its
// time, with no invalidation and no cron.
export function cached<Args extends (string | number)[], Result>(
  name: string,
  tags: (args: NoInfer<Args>) => string[],
  read: (...args: Args) => Result,
) {
  return async (...args: Args): Promise<Result> => {
    const clockEpoch = String(nextTimedChange(Date.now()) ?? 'none');
    // "Nothing found" is cached as null: an undefined result would not be stored.
    const value = await unstable_cache(async () => read(...args) ?? null, [name, clockEpoch, ...args.map(String)], {
      // Every story card names its section: a rename or reorder reaches them all.
      tags: [...tags(args), cacheTags.sections],
      revalidate: PAGE_REVALIDATE_SECONDS,
    })();
    return (value ?? undefined) as Result;
  };
}

export const HOME_BLOCK_SIZE = 4;
export const TOP_NEWS_SIZE = 6;
export const LISTING_PAGE_SIZE = 12;

export const getSiteFrame = cached(
  'site-frame',
  () => [cacheTags.settings, cacheTags.sections],
  () => ({ settings: siteQueries.siteSettingsRow(), sections: siteQueries.allSections() }),
);

export const getBreakingNews = cached(
  'breaking',
  () => [cacheTags.breaking],
  (locale: Locale) => articleQueries.breakingNews(locale, Date.now()),
);

export const getTopNews = cached(
  'top-news',
  () => [cacheTags.topNews],
  (locale: Locale, limit: number) => articleQueries.topNews(locale, Date.now(), limit),
);

export const getHomeBlocks = cached(
  'home',
  () => [cacheTags.home, cacheTags.sections],
  (locale: Locale) => {
    const now = Date.now();
    return {
      latest: articleQueries.latestArticles(locale, now, 8),
      sections: siteQueries.allSections().map((section) => ({
        section,
        stories: articleQueries.sectionArticles(section.id, locale, now, HOME_BLOCK_SIZE),
      })),
    };
  },
);

export const getArticle = cached(
  'article',
  ([id]) => [cacheTags.article(id)],
  (id: number) => articleQueries.publicArticle(id, Date.now()),
);

export const getRelatedArticles = cached(
  'related',
  ([, , sectionSlug]) => [cacheTags.section(sectionSlug)],
  (id: number, sectionId: number, _sectionSlug: string, language: Locale) =>
    articleQueries.relatedArticles({ id, sectionId, language }, Date.now(), 4),
);

type ListQuery = (
  id: number,
  language: Locale,
  now: number,
  limit: number,
  offset: number,
) => articleQueries.ArticleCard[];
type CountQuery = (id: number, language: Locale, now: number) => number;

/** One page of a section, tag or author listing; undefined when the subject does not exist. */
function listingPage<Subject extends { id: number }>(
  subject: Subject | undefined,
  locale: Locale,
  page: number,
  list: ListQuery,
  total: CountQuery,
) {
  if (!subject) return undefined;
  const now = Date.now();
  return {
    subject,
    total: total(subject.id, locale, now),
    stories: list(subject.id, locale, now, LISTING_PAGE_SIZE, (page - 1) * LISTING_PAGE_SIZE),
  };
}

export const getSectionPage = cached(
  'section-page',
  ([slug]) => [cacheTags.section(slug), cacheTags.sections],
  (slug: string, locale: Locale, page: number) =>
    listingPage(
      siteQueries.sectionBySlug(slug),
      locale,
      page,
      articleQueries.sectionArticles,
      articleQueries.countSectionArticles,
    ),
);

export const getTagPage = cached(
  'tag-page',
  ([slug]) => [cacheTags.tag(slug)],
  (slug: string, locale: Locale, page: number) =>
    listingPage(siteQueries.tagBySlug(slug), locale, page, articleQueries.tagArticles, articleQueries.countTagArticles),
);

/** Where a renamed or merged tag's old slug leads now (its rename invalidates the old slug's tag). */
export const getTagRenamedFrom = cached(
  'tag-alias',
  ([slug]) => [cacheTags.tag(slug)],
  (slug: string) => tagQueries.tagRenamedFrom(slug)?.slug,
);

export const getAuthorPage = cached(
  'author-page',
  ([slug]) => [cacheTags.author(slug)],
  (slug: string, locale: Locale, page: number) =>
    listingPage(
      siteQueries.authorBySlug(slug),
      locale,
      page,
      articleQueries.authorArticles,
      articleQueries.countAuthorArticles,
    ),
);

export const FEED_SIZE = 30;

/** A feed's scope as a cache key: 'site', 'top', or 'section:<slug>'. */
export type FeedScope = 'site' | 'top' | `section:${string}`;

const sectionOfScope = (scope: FeedScope) =>
  scope.startsWith('section:') ? scope.slice('section:'.length) : undefined;

export const getFeedEntries = cached(
  'feed',
  ([, scope]) => {
    const slug = sectionOfScope(scope);
    return slug ? [cacheTags.feeds, cacheTags.section(slug)] : [cacheTags.feeds];
  },
  (locale: Locale, scope: FeedScope) => {
    const now = Date.now();
    const slug = sectionOfScope(scope);
    if (slug === undefined)
      return withNotes(articleQueries.feedEntries(locale, now, FEED_SIZE, { topOnly: scope === 'top' }));
    const section = siteQueries.sectionBySlug(slug);
    return section
      ? withNotes(articleQueries.feedEntries(locale, now, FEED_SIZE, { sectionId: section.id }))
      : undefined;
  },
);

/** Feed items carry their stories' corrections and updates (a note invalidates the feeds). */
function withNotes(entries: articleQueries.FeedEntry[]) {
  const notes = correctionQueries.notesOfStories(entries.map((entry) => entry.id));
  return entries.map((entry) => ({ ...entry, notes: notes.get(entry.id) ?? [] }));
}

/** A story's corrections and updates, read with its page. */
export const getStoryNotes = cached(
  'story-notes',
  ([id]) => [cacheTags.article(id)],
  (id: number) => correctionQueries.storyNotesOf(id),
);

/**
 * One page of the «تصحيحات» list. Besides its own tag it carries the feeds'
 * tag, which every change to a public story invalidates: a story taken off
 * the site takes its corrections off the list.
 */
export const getCorrectionsPage = cached(
  'corrections',
  () => [cacheTags.corrections, cacheTags.feeds],
  (locale: Locale, page: number) =>
    correctionQueries.correctionsPage(locale, Date.now(), LISTING_PAGE_SIZE, (page - 1) * LISTING_PAGE_SIZE),
);

export const getSitemapChunks = cached(
  'sitemap-index',
  () => [cacheTags.feeds],
  () => sitemapQueries.sitemapChunks(Date.now()),
);

export const getSitemapArticles = cached(
  'sitemap-articles',
  () => [cacheTags.feeds],
  (chunk: number) => sitemapQueries.sitemapArticles(chunk, Date.now()),
);

export const getNewsSitemapArticles = cached(
  'news-sitemap',
  () => [cacheTags.feeds],
  () => sitemapQueries.newsSitemapArticles(Date.now()),
);

/** «كتّاب الرأي»: each writer's latest piece moves with every publication, as the home page does. */
export const getOpinionWriters = cached(
  'opinion-writers',
  () => [cacheTags.writers, cacheTags.home],
  (locale: Locale) => opinionWriters(locale, Date.now()),
);
