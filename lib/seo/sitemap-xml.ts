import { create } from 'xmlbuilder2';
import { isoDate } from '../dates';

// Sitemaps written with xmlbuilder2, which escapes every value.
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

// Characters XML forbids (a NUL in an old row) are dropped, not written: one would make the whole file unreadable.
const document = () => create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });

export function sitemapIndexXml(files: { url: string; lastModified: number | null }[]): string {
  const root = document().ele(SITEMAP_NS, 'sitemapindex');
  for (const file of files) {
    const entry = root.ele('sitemap');
    entry.ele('loc').txt(file.url);
    if (file.lastModified) entry.ele('lastmod').txt(isoDate(file.lastModified));
  }
  return root.end();
}

export function urlSetXml(urls: { url: string; lastModified?: number | null }[]): string {
  const root = document().ele(SITEMAP_NS, 'urlset');
  for (const entry of urls) {
    const url = root.ele('url');
    url.ele('loc').txt(entry.url);
    if (entry.lastModified) url.ele('lastmod').txt(isoDate(entry.lastModified));
  }
  return root.end();
}

type NewsEntry = { url: string; title: string; language: string; publishedAt: number; publicationName: string };

export function newsSitemapXml(entries: NewsEntry[]): string {
  const root = document().ele(SITEMAP_NS, 'urlset').att('http://www.w3.org/2000/xmlns/', 'xmlns:news', NEWS_NS);
  for (const entry of entries) {
    const url = root.ele('url');
    url.ele('loc').txt(entry.url);
    const news = url.ele(NEWS_NS, 'news:news');
    const publication = news.ele(NEWS_NS, 'news:publication');
    publication.ele(NEWS_NS, 'news:name').txt(entry.publicationName);
    publication.ele(NEWS_NS, 'news:language').txt(entry.language);
    news.ele(NEWS_NS, 'news:publication_date').txt(isoDate(entry.publishedAt));
    news.ele(NEWS_NS, 'news:title').txt(entry.title);
  }
  return root.end();
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
