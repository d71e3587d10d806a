import { getSitemapChunks } from '@/lib/cache/reader';
import { SITE_URL } from '@/lib/site-url';
import { sitemapIndexXml, xmlResponse } from '@/lib/seo/sitemap-xml';

export const revalidate = 60;

/** The sitemap index: site pages, the news sitemap, and one file per block of article ids. */
export async function GET() {
  const chunks = await getSitemapChunks();
  const newest = Math.max(0, ...chunks.map((chunk) => chunk.lastModified ?? 0)) || null;
  return xmlResponse(
    sitemapIndexXml([
      { url: `${SITE_URL}/sitemaps/pages.xml`, lastModified: newest },
      { url: `${SITE_URL}/sitemaps/news.xml`, lastModified: newest },
      ...chunks.map((chunk) => ({
        url: `${SITE_URL}/sitemaps/articles-${chunk.chunk + 1}.xml`,
        lastModified: chunk.lastModified,
      })),
    ]),
  );
}
