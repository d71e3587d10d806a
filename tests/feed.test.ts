import { describe, expect, it, vi } from 'vitest';
import Parser from 'rss-parser';
import { convert } from 'xmlbuilder2';
import { buildRssFeed } from '@/lib/feed';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { jsonLdText } from '@/lib/seo/json-ld';
import { SEED_MASTHEAD } from '@/db/seed/seed-article';
import type { FeedEntry } from '@/db/queries/articles';

const HOSTILE = 'a]]>b]]><script>alert(1)</script></title><x> & ';
const settings = {
  id: 1,
  updatedAt: 0,
  ...SEED_MASTHEAD,
  facebookUrl: null,
  xUrl: null,
  youtubeUrl: null,
  instagramUrl: null,
  telegramUrl: null,
};
const entry: FeedEntry = {
  id: 7,
  slug: 'خبر',
  title: HOSTILE,
  kicker: null,
  excerpt: HOSTILE,
  body: `<p>${HOSTILE}</p>`,
  publishedAt: Date.UTC(2024, 4, 16),
  updatedAt: Date.UTC(2024, 4, 16),
  isBreaking: false,
  genre: 'news',
  sectionSlug: 'world',
  sectionNameAr: 'عربي ودولي',
  sectionNameEn: 'World',
  imageSrc: '/demo/summit.webp',
  imageWidth: 1200,
  imageHeight: 675,
  imageAlt: null,
  imageFocalX: null,
  imageFocalY: null,
  imageCredit: 'وكالة <الأنباء> & شركاؤها',
  bylines: [{ name: 'المحرر الإخباري', nameEn: null }],
};

describe('RSS', () => {
  const xml = buildRssFeed({ locale: 'ar', settings, path: '/', entries: [entry] });

  it('is well-formed XML even when values hold CDATA terminators and tags', () => {
    expect(() => convert(xml, { format: 'object' })).not.toThrow();
    expect(xml).not.toContain('<script>');
  });

  it('round-trips every field through a feed parser', async () => {
    const feed = await new Parser<
      object,
      { 'dc:creator': string; image: { $: Record<string, string>; 'media:credit': string[] } }
    >({
      customFields: { item: ['dc:creator', ['media:content', 'image']] },
    }).parseString(xml);
    const [item] = feed.items;
    expect(feed.title).toBe(SEED_MASTHEAD.siteNameAr);
    expect(item.title).toBe(HOSTILE);
    expect(item.guid).toBe(`http://localhost:3000/news/7/${encodeURIComponent('خبر')}`);
    expect(item['dc:creator']).toBe('المحرر الإخباري');
    expect(item.categories).toEqual([expect.objectContaining({ _: 'عربي ودولي' })]);
    expect(item.image.$).toMatchObject({
      url: 'http://localhost:3000/demo/summit.webp',
      type: 'image/webp',
      medium: 'image',
      width: expect.stringMatching(/^\d+$/),
    });
    expect(item.image['media:credit']).toEqual(['وكالة <الأنباء> & شركاؤها']);
    expect(new Date(item.pubDate!).getTime()).toBe(Date.UTC(2024, 4, 16));
  });

  it('writes a stored hostile body as the article page shows it, cleaned', async () => {
    const stored =
      '<p onclick="steal()">نص</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">رابط</a>';
    const feedXml = buildRssFeed({ locale: 'ar', settings, path: '/', entries: [{ ...entry, body: stored }] });
    const [item] = (await new Parser().parseString(feedXml)).items;
    expect(item['content:encoded']).toBe(sanitizeArticleHtml(stored));
    expect(item['content:encoded']).not.toMatch(/script|onclick|onerror|javascript/i);
  });

  it('makes the body’s site links and pictures absolute, since a feed reader has no page to resolve them against', async () => {
    const body =
      '<figure><img src="/media/abc.webp" alt="صورة" width="1200" height="675"><figcaption>تعليق <small>تصوير</small></figcaption></figure>' +
      '<p><a href="/news/1/خبر">رابط داخلي</a> و<a href="https://example.com/x">رابط خارجي</a></p>';
    const feedXml = buildRssFeed({ locale: 'ar', settings, path: '/', entries: [{ ...entry, body }] });
    const html = (await new Parser().parseString(feedXml)).items[0]['content:encoded']!;
    expect(html).toContain('<img src="http://localhost:3000/media/abc.webp" alt="صورة" width="1200" height="675" />');
    expect(html).toContain('<figcaption>تعليق <small>تصوير</small></figcaption>');
    expect(html).toContain('href="http://localhost:3000/news/1/خبر"');
    expect(html).toContain('href="https://example.com/x"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('builds a feed without the HTML library warning in the server log', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      buildRssFeed({
        locale: 'ar',
        settings,
        path: '/',
        entries: [{ ...entry, body: '<p><a href="/news/1/خبر">رابط</a></p>' }],
      });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

describe('JSON-LD text', () => {
  it('cannot close its script element or break JavaScript line parsing', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>\u2028' });
    expect(text).not.toContain('</script>');
    expect(text).not.toContain('\u2028');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>\u2028');
  });
});
