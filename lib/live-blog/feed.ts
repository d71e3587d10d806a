import type { PublicArticle } from '@/db/queries/articles';
import type { PublicLiveBlog } from '@/db/queries/live';
import type { SiteSettings } from '@/db/schema';
import { NAMESPACES, rssChannel } from '@/lib/feed';
import { authorName } from '@/lib/localized';
import { sanitizeArticleHtmlForFeed } from '@/lib/sanitize';
import { xmlText } from '@/lib/xml-text';
import { SITE_URL, absoluteUrl, articlePath } from '@/lib/site-url';
import { liveFeedPath } from './paths';
import { entryHeadline, entryPlainText } from './text';

/** RSS of a live blog's entries, newest first (a feed reader has no pinned slot): each links to its place on the page. */
export function buildLiveFeed(found: PublicArticle, live: PublicLiveBlog, settings: SiteSettings): string {
  const { article } = found;
  const locale = article.language;
  const { entries, blog } = live;
  const { rss, channel } = rssChannel({
    locale,
    settings,
    title: article.title,
    path: articlePath(article),
    selfPath: liveFeedPath(article.id),
    updatedAt: Math.max(blog.startedAt, blog.endedAt ?? 0, ...entries.map((entry) => entry.updatedAt)),
  });
  const pageUrl = absoluteUrl(locale, articlePath(article));
  for (const entry of entries) {
    const url = `${pageUrl}#entry-${entry.id}`;
    const item = channel.ele('item');
    item.ele('title').txt(entryHeadline(entry.body));
    item.ele('link').txt(url);
    item.ele('guid', { isPermaLink: 'true' }).txt(url);
    item.ele('pubDate').txt(new Date(entry.createdAt).toUTCString());
    item.ele('description').txt(xmlText(entryPlainText(entry.body)));
    item.ele(NAMESPACES.content, 'content:encoded').txt(xmlText(sanitizeArticleHtmlForFeed(entry.body, SITE_URL)));
    if (entry.authorName)
      item
        .ele(NAMESPACES.dc, 'dc:creator')
        .txt(authorName({ name: entry.authorName, nameEn: entry.authorNameEn }, locale));
    if (entry.image)
      item.ele(NAMESPACES.media, 'media:content', {
        url: `${SITE_URL}${entry.image.src}`,
        type: 'image/webp',
        medium: 'image',
        width: String(entry.image.width),
        height: String(entry.image.height),
      });
  }
  return rss.end();
}
