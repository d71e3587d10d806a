import { and, between, desc, eq, gte, max } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import { db } from '..';
import { articles } from '../schema';
import { isPublicAt } from './visibility';
import { maxArticleId } from './articles';

/** Articles per sitemap file: well under the protocol's 50,000. */
export const SITEMAP_CHUNK = 10_000;
export const NEWS_SITEMAP_WINDOW_MS = 48 * 3_600_000;
const NEWS_SITEMAP_LIMIT = 1_000;

const idRange = (chunk: number, size: number) => between(articles.id, chunk * size + 1, (chunk + 1) * size);

/**
 * One entry per file of article URLs, by id range (primary-key lookups, never a full scan).
 * `size` is the ids per file: SITEMAP_CHUNK, or a small one in tests, where a file can overflow.
 */
export function sitemapChunks(now: number, size = SITEMAP_CHUNK) {
  const chunks = Math.ceil(maxArticleId() / size);
  return Array.from({ length: chunks }, (_, chunk) => ({
    chunk,
    lastModified:
      db
        .select({ at: max(articles.updatedAt) })
        .from(articles)
        .where(and(idRange(chunk, size), isPublicAt(now)))
        .get()?.at ?? null,
  }));
}

export function sitemapArticles(chunk: number, now: number, size = SITEMAP_CHUNK) {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      language: articles.language,
      updatedAt: articles.updatedAt,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(and(idRange(chunk, size), isPublicAt(now)))
    .orderBy(articles.id)
    .all();
}

/** Google News sitemap: stories of the last 48 hours, newest first. */
export function recentArticles(language: Locale, now: number) {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      language: articles.language,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(
      and(eq(articles.language, language), isPublicAt(now), gte(articles.publishedAt, now - NEWS_SITEMAP_WINDOW_MS)),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(NEWS_SITEMAP_LIMIT)
    .all() as { id: number; slug: string; title: string; language: Locale; publishedAt: number }[];
}

/** Both languages' recent stories, newest first, within the news sitemap's limit. */
export function newsSitemapArticles(now: number) {
  return [...recentArticles('ar', now), ...recentArticles('en', now)]
    .sort((a, b) => b.publishedAt - a.publishedAt)
    .slice(0, NEWS_SITEMAP_LIMIT);
}
