import { routing } from '@/i18n/routing';
import { getNewsSitemapArticles, getSiteFrame, getSitemapArticles, getSitemapChunks } from '@/lib/cache/reader';
import { localized } from '@/lib/localized';
import { absoluteUrl, articlePath, sectionPath } from '@/lib/site-url';
import { newsSitemapXml, urlSetXml, xmlResponse } from '@/lib/seo/sitemap-xml';

export const revalidate = 60;

const ARTICLES_FILE = /^articles-([1-9]\d{0,5})\.xml$/;

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const { file } = await params;
  if (file === 'pages.xml') return pagesSitemap();
  if (file === 'news.xml') return newsSitemap();
  const match = ARTICLES_FILE.exec(file);
  if (!match) return new Response('Not found', { status: 404 });
  const chunk = Number(match[1]) - 1;
  if (chunk >= (await getSitemapChunks()).length) return new Response('Not found', { status: 404 });
  const stories = await getSitemapArticles(chunk);
  return xmlResponse(
    urlSetXml(
      stories.map((story) => ({
        url: absoluteUrl(story.language, articlePath(story)),
        lastModified: Math.max(story.updatedAt, story.publishedAt ?? 0),
      })),
    ),
  );
}

async function pagesSitemap() {
  const { sections } = await getSiteFrame();
  const paths = ['/', '/top', ...sections.map((section) => sectionPath(section.slug))];
  return xmlResponse(
    urlSetXml(routing.locales.flatMap((locale) => paths.map((path) => ({ url: absoluteUrl(locale, path) })))),
  );
}

async function newsSitemap() {
  const [{ settings }, stories] = await Promise.all([getSiteFrame(), getNewsSitemapArticles()]);
  return xmlResponse(
    newsSitemapXml(
      stories.map((story) => ({
        url: absoluteUrl(story.language, articlePath(story)),
        title: story.title,
        language: story.language,
        publishedAt: story.publishedAt,
        publicationName: settings ? localized(settings, 'siteName', story.language) : '',
      })),
    ),
  );
}
