import { create } from 'xmlbuilder2';
import type { Locale } from '@/i18n/routing';
import type { FeedEntry } from '@/db/queries/articles';
import type { SiteSettings } from '@/db/schema';
import { authorName, localized, sectionName } from './localized';
import { sanitizeArticleHtmlForFeed } from './sanitize';
import { SITE_URL, absoluteUrl, articlePath, sectionPath } from './site-url';
import type { ReaderNote } from '@/db/queries/corrections';
import { describeWithNotes, notesHtml, type NoteLabels } from './feed-notes';
import { xmlText } from './xml-text';

// RSS 2.0 written with xmlbuilder2: every value goes in as escaped text, never
// as CDATA. (The `feed` package wraps values in CDATA and escapes only the
// first "]]>", so a headline could break out of it.)
export const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
};

type FeedInput = {
  locale: Locale;
  settings: SiteSettings;
  title?: string;
  path: string;
  /** `notes`: the story's corrections and updates, newest first (lib/feed-notes.ts). */
  entries: (FeedEntry & { notes?: ReaderNote[] })[];
  noteLabels?: NoteLabels;
};
type ChannelInput = Omit<FeedInput, 'entries' | 'noteLabels'> & { selfPath?: string; updatedAt?: number };

/** The path of the RSS feed that belongs to a page path ("/" → "/rss.xml"). */
export function feedPath(pagePath: string): string {
  return `${pagePath === '/' ? '' : pagePath}/rss.xml`;
}

/** An RSS document's channel with the site's header; `updatedAt`: the newest item's change (lastBuildDate). */
export function rssChannel({ locale, settings, title, path, selfPath = feedPath(path), updatedAt }: ChannelInput) {
  const siteName = localized(settings, 'siteName', locale);
  // Characters XML forbids (a NUL in an old row) are dropped, not written: one would make the whole feed unreadable.
  const rss = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' }).ele('rss', {
    version: '2.0',
    'xmlns:atom': NAMESPACES.atom,
    'xmlns:dc': NAMESPACES.dc,
    'xmlns:content': NAMESPACES.content,
    'xmlns:media': NAMESPACES.media,
  });
  const channel = rss.ele('channel');
  channel.ele('title').txt(title ? `${title} | ${siteName}` : siteName);
  channel.ele('link').txt(absoluteUrl(locale, path));
  channel.ele('description').txt(localized(settings, 'tagline', locale) || siteName);
  channel.ele('language').txt(locale);
  channel.ele('copyright').txt(`© ${siteName}`);
  channel.ele('ttl').txt('5');
  channel.ele(NAMESPACES.atom, 'atom:link', {
    href: absoluteUrl(locale, selfPath),
    rel: 'self',
    type: 'application/rss+xml',
  });
  if (updatedAt !== undefined) channel.ele('lastBuildDate').txt(new Date(updatedAt).toUTCString());
  const logo = channel.ele('image');
  logo.ele('url').txt(`${SITE_URL}/logo.png`);
  logo.ele('title').txt(siteName);
  logo.ele('link').txt(absoluteUrl(locale, '/'));
  return { rss, channel };
}

export function buildRssFeed({ locale, settings, title, path, entries, noteLabels }: FeedInput): string {
  const { rss, channel } = rssChannel({
    locale,
    settings,
    title,
    path,
    updatedAt: entries.length ? Math.max(...entries.map((entry) => entry.updatedAt)) : undefined,
  });

  for (const entry of entries) {
    const url = absoluteUrl(locale, articlePath(entry));
    const item = channel.ele('item');
    item.ele('title').txt(entry.title);
    item.ele('link').txt(url);
    item.ele('guid', { isPermaLink: 'true' }).txt(url);
    item.ele('pubDate').txt(new Date(entry.publishedAt).toUTCString());
    const notes = noteLabels ? (entry.notes ?? []) : [];
    item
      .ele('description')
      .txt(xmlText(notes.length ? describeWithNotes(entry.excerpt, notes, noteLabels!, locale) : entry.excerpt));
    // Cleaned again on the way out, as the article page does: a row stored before a rule change (or written straight
    // to the database) reaches feed readers that render HTML. Its site links and pictures leave as absolute URLs.
    item
      .ele(NAMESPACES.content, 'content:encoded')
      .txt(
        xmlText(
          sanitizeArticleHtmlForFeed(entry.body, SITE_URL) +
            (notes.length ? notesHtml(notes, noteLabels!, locale) : ''),
        ),
      );
    // One dc:creator per author, in byline order (Dublin Core repeats the element; it does not join names).
    for (const author of entry.bylines) item.ele(NAMESPACES.dc, 'dc:creator').txt(authorName(author, locale));
    item
      .ele('category', { domain: absoluteUrl(locale, sectionPath(entry.sectionSlug)) })
      .txt(sectionName({ nameAr: entry.sectionNameAr, nameEn: entry.sectionNameEn }, locale));
    // Media RSS rather than <enclosure>, which needs the file's byte length. Every image's src is a WebP (uploads and the demo set).
    if (entry.imageSrc) {
      const image = item.ele(NAMESPACES.media, 'media:content', {
        url: `${SITE_URL}${entry.imageSrc}`,
        type: 'image/webp',
        medium: 'image',
        width: String(entry.imageWidth),
        height: String(entry.imageHeight),
      });
      if (entry.imageCredit) image.ele(NAMESPACES.media, 'media:credit').txt(entry.imageCredit);
    }
  }
  return rss.end();
}

export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
