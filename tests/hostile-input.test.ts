import { describe, expect, it, vi } from 'vitest';
import { convert } from 'xmlbuilder2';
import { articleSchema, parseTagNames } from '@/app/[locale]/admin/(panel)/articles/article-schema';
import { sectionSchema } from '@/app/[locale]/admin/(panel)/sections/section-schema';
import { mastheadSchema } from '@/app/[locale]/admin/(panel)/settings/masthead-schema';
import { SEED_MASTHEAD } from '@/db/seed/seed-article';
import { rateLimitedLog } from '@/lib/log';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { cleanText } from '@/lib/plain-text';
import { ACTION_BODY_LIMIT_BYTES, guardRequest } from '@/lib/request-guard';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { newsSitemapXml } from '@/lib/seo/sitemap-xml';

// Fixes for what the hostile-input corpus (e2e/fixtures/hostile-inputs.ts) found.

const story = { intent: 'save', language: 'ar', sectionId: '1' };

describe('plain text cleaning', () => {
  it('drops NUL and other controls, bidi embeddings/overrides/isolates and lone surrogates', () => {
    expect(cleanText('a\u0000b\u0007c\u007fd\u0085e')).toBe('abcde');
    expect(cleanText('\u202Egnp.exe\u202C \u2066x\u2069 \u202Ay\u202B')).toBe('gnp.exe x y');
    expect(cleanText('a\uD800b\uDC00c\uFFFE')).toBe('abc');
  });
  it('keeps tabs, line breaks, bidi marks, joiners and real astral characters', () => {
    const kept = 'سطر\tأول\nثانٍ\r\n\u200F(1)\u200E \u061C \u200Dمي\u200Cخواهم 😀';
    expect(cleanText(kept)).toBe(kept);
  });
});

/** The masthead form sends its five social-link fields, empty when the paper has no account there. */
const noSocialLinks = { facebookUrl: '', xUrl: '', youtubeUrl: '', instagramUrl: '', telegramUrl: '' };

describe('form schemas', () => {
  it('store a title without NULs or overrides, and count a title of only those as empty', () => {
    const parsed = articleSchema.parse({
      ...story,
      title: ' \u202Eعنوان\u0000 ',
      kicker: 'a\u2066b',
      leadImageAlt: 'x\u0000',
    });
    expect([parsed.title, parsed.kicker, parsed.leadImageAlt]).toEqual(['عنوان', 'ab', 'x']);
    const empty = articleSchema.safeParse({ ...story, title: '\u202E\u0000 ' });
    expect(empty.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([['title', 'required']]);
  });
  it('strip bidi controls from slugs, so the stored slug is only letters, digits and dashes', () => {
    expect(articleSchema.parse({ ...story, title: 'x', slug: '\u202Eabc\u2069-د' }).slug).toBe('abc-د');
    expect(articleSchema.safeParse({ ...story, title: 'x', slug: 'a\u200Db' }).error?.issues[0].message).toBe(
      'badSlug',
    );
    expect(sectionSchema.parse({ slug: '\u2067Health', nameAr: 'صحة\u0000', nameEn: 'Health' })).toMatchObject({
      slug: 'health',
      nameAr: 'صحة',
    });
  });
  it('clean the masthead', () => {
    expect(
      mastheadSchema.parse({
        ...SEED_MASTHEAD,
        ...noSocialLinks,
        siteNameAr: `\u202E${SEED_MASTHEAD.siteNameAr}\u0000`,
      }).siteNameAr,
    ).toBe(SEED_MASTHEAD.siteNameAr);
  });
  it('drop article body NULs before the sanitiser sees them', () => {
    expect(articleSchema.parse({ ...story, title: 'x', body: '<p>a\u0000b</p>' }).body).toBe('<p>ab</p>');
    expect(sanitizeArticleHtml('<p>\u202Eقبل</p><scr\u0000ipt>alert(1)</script>')).toBe('<p>قبل</p>');
  });
});

describe('tags', () => {
  it('drop names with no letter or digit, which would share one empty slug', () => {
    expect(parseTagNames('!!!, <b>, \u202E, مصر،  ؟؟ ,Egypt')).toEqual(['<b>', 'مصر', 'Egypt']);
  });
});

describe('XML output', () => {
  it('stays well-formed when a stored title holds characters XML forbids', () => {
    const xml = newsSitemapXml([
      {
        url: 'https://example.com/news/1/x',
        title: 'a\u0000b\uFFFEc\u0008',
        language: 'ar',
        publishedAt: 0,
        publicationName: 'n',
      },
    ]);
    const parsed = convert(xml, { format: 'object' }) as { urlset: { url: { 'news:news': Record<string, string> } } };
    expect(parsed.urlset.url['news:news']['news:title']).toBe('abc');
  });
});

describe('request guard', () => {
  const get = (rawPath: string) => guardRequest({ method: 'GET', headers: new Headers(), rawPath });
  it('answers 400 for paths that do not decode', () => {
    for (const path of ['/tag/%FF', '/%', '/news/1/%E0%A4%A', '/section/%ED%A0%80'])
      expect(get(path), path).toEqual({ status: 400 });
    for (const path of ['/tag/%D9%85%D8%B5%D8%B1', '/news/1/x', '/search']) expect(get(path), path).toBeUndefined();
  });
  it('answers 413 for server-action bodies over the limit, before Next turns them into a 500', () => {
    const post = (length: number, action = true) =>
      guardRequest({
        method: 'POST',
        headers: new Headers({ 'content-length': String(length), ...(action ? { 'next-action': 'x' } : {}) }),
        rawPath: '/admin',
      });
    expect(post(ACTION_BODY_LIMIT_BYTES + 1)).toEqual({ status: 413 });
    expect(post(ACTION_BODY_LIMIT_BYTES)).toBeUndefined();
    expect(post(ACTION_BODY_LIMIT_BYTES + 1, false)).toBeUndefined();
  });
  it('keeps an upload at the limit and its form under the request limit', () => {
    // A description and a credit at their longest, four bytes a character, and the multipart framing.
    expect(MAX_UPLOAD_BYTES + 64 * 1024).toBeLessThanOrEqual(ACTION_BODY_LIMIT_BYTES);
  });
  it('answers 411 for action posts sent without a length (chunked), which Next would cut short and fail on', () => {
    const post = (headers: Record<string, string>) =>
      guardRequest({ method: 'POST', headers: new Headers(headers), rawPath: '/admin/media' });
    expect(post({ 'next-action': 'x', 'transfer-encoding': 'chunked' })).toEqual({ status: 411 });
    expect(post({ 'content-type': 'multipart/form-data; boundary=x' })).toEqual({ status: 411 });
    expect(post({ 'next-action': 'x', 'content-length': '10' })).toBeUndefined();
    expect(
      post({
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(ACTION_BODY_LIMIT_BYTES + 1),
      }),
    ).toEqual({ status: 413 });
  });
  it('answers 403 for cross-origin action posts and logs one warning for fifty, never an error line', () => {
    const post = (origin: string | undefined, extra: Record<string, string> = {}, rawPath = '/admin') =>
      guardRequest({
        method: 'POST',
        headers: new Headers({
          host: 'localhost:3000',
          'content-length': '10',
          'next-action': 'x',
          ...(origin ? { origin } : {}),
          ...extra,
        }),
        rawPath,
      });
    const lines = vi.spyOn(console, 'log').mockImplementation(() => {});
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (let i = 0; i < 50; i++) expect(post('http://attacker.test')).toEqual({ status: 403 });
      expect(post('null')).toEqual({ status: 403 });
      expect(post('not a url')).toEqual({ status: 403 });
      expect(post('http://localhost:3000')).toBeUndefined();
      expect(post(undefined)).toBeUndefined();
      expect(post('https://news.example', { 'x-forwarded-host': 'news.example, proxy.internal' })).toBeUndefined();
      expect(post('http://attacker.test', {}, '/api/health')).toBeUndefined();
      expect(lines.mock.calls.length).toBe(1);
      expect(JSON.parse(String(lines.mock.calls[0][0]))).toMatchObject({
        level: 'warn',
        event: 'cross-origin-action-refused',
        origin: 'http://attacker.test',
      });
      expect(errors).not.toHaveBeenCalled();
    } finally {
      lines.mockRestore();
      errors.mockRestore();
    }
  });
});

describe('rate-limited log', () => {
  it('writes the first event at once, then one line a window with the count it left out', () => {
    let now = 0;
    const lines = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const log = rateLimitedLog('warn', 'flood', 60_000, () => now);
      for (; now < 150_000; now += 1000) log();
      expect(lines.mock.calls.map(([line]) => JSON.parse(String(line)).unloggedBefore)).toEqual([undefined, 59, 59]);
    } finally {
      lines.mockRestore();
    }
  });
});
