import fs from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { convert } from 'xmlbuilder2';
import { seedArticle } from '../db/seed/seed-article';
import {
  articleIdByTitle,
  articleIdsByTitle,
  insertPublishedStory,
  pinnedTopTitles,
  publicStoryIds,
  translatedEnglishStory,
} from './support/database';
import { fillStory, signIn } from './support/admin';
import { ORIGIN } from './support/origin';
import { cachedPageFiles } from './support/page-cache';

// db/queries/sitemap.ts's SITEMAP_CHUNK (that module is server-only); tests/sitemap-split.test.ts tests the split itself.
const SITEMAP_FILE_SIZE = 10_000;
const HOSTILE = '</script><script>alert(1)</script>';
const ORIGIN_PATTERN = ORIGIN.replace(/[.:/]/g, '\\$&');

async function parseFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain('application/rss+xml');
  return new Parser<object, { 'dc:creator'?: string; image?: { $: Record<string, string> } }>({
    customFields: { item: ['dc:creator', ['media:content', 'image']] },
  }).parseString(await response.text());
}

async function parseXml(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain('xml');
  return convert(await response.text(), { format: 'object' }) as unknown as SitemapXml;
}

type NewsEntry = {
  loc: string;
  'news:news': {
    'news:title': string;
    'news:publication_date': string;
    'news:publication': { 'news:name': string; 'news:language': string };
  };
};
/** A sitemap index or url set, as xmlbuilder2 reads it: one child is an object, several an array. */
type SitemapXml = {
  sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
  urlset: { url?: NewsEntry | NewsEntry[] };
};

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => asArray(JSON.parse(text)));
}

test('a hostile headline stays inert in JSON-LD, meta tags and feeds', async ({ page, request }) => {
  const id = insertPublishedStory('science-tech', HOSTILE);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/news/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE);
  const article = (await jsonLd(page)).find((item) => item['@type'] === 'NewsArticle');
  expect(article.headline).toBe(HOSTILE);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', HOSTILE);
  expect(
    await page
      .locator('script:not([src]):not([type="application/ld+json"])')
      .evaluateAll((nodes) => nodes.some((node) => node.textContent?.trim() === 'alert(1)')),
  ).toBe(false);
  expect(dialogs).toEqual([]);
  const feed = await parseFeed(request, '/section/science-tech/rss.xml');
  expect(feed.items[0].title).toBe(HOSTILE);
});

test('site, section and «أهم الأخبار» feeds are valid RSS with every field', async ({ request }) => {
  for (const path of [
    '/rss.xml',
    '/en/rss.xml',
    '/top/rss.xml',
    '/section/world/rss.xml',
    '/section/economy/rss.xml',
  ]) {
    const feed = await parseFeed(request, path);
    expect(feed.title, path).toBeTruthy();
    expect(feed.items.length, path).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.guid, path).toMatch(new RegExp(`^${ORIGIN_PATTERN}/(en/)?news/\\d+/`));
      expect(item.link, path).toBe(item.guid);
      expect(new Date(item.pubDate!).getTime(), path).toBeGreaterThan(0);
      expect(item.categories?.length, path).toBeGreaterThan(0);
      expect(item.contentSnippet ?? item.content, path).toBeTruthy();
    }
  }
  const site = await parseFeed(request, '/rss.xml');
  const seed = site.items.find((item) => item.title === seedArticle.title)!;
  expect(seed['dc:creator']).toBe('المحرر الإخباري');
  expect(seed.image?.$.url).toMatch(/\/demo\/summit\.webp$/);
  expect(Number(seed.image?.$.width)).toBeGreaterThan(0);
  const top = await parseFeed(request, '/top/rss.xml');
  expect(top.items.map((item) => item.title)).toEqual(pinnedTopTitles('ar').slice(0, top.items.length));
  expect((await request.get('/section/no-such-section/rss.xml')).status()).toBe(404);
});

test('the sitemap index, article sitemaps and the news sitemap parse and list the seed article', async ({
  request,
}) => {
  const index = await parseXml(request, '/sitemap.xml');
  const files = asArray(index.sitemapindex.sitemap).map((entry) => new URL(entry.loc).pathname);
  expect(files).toEqual(
    expect.arrayContaining(['/sitemaps/pages.xml', '/sitemaps/news.xml', '/sitemaps/articles-1.xml']),
  );
  const seedId = articleIdByTitle(seedArticle.title);
  const urls: string[] = [];
  const listedIds: number[] = [];
  for (const file of files) {
    const urlset = (await parseXml(request, file)).urlset;
    const entries = asArray(urlset.url).map((entry) => entry.loc);
    urls.push(...entries);
    const block = /^\/sitemaps\/articles-(\d+)\.xml$/.exec(file)?.[1];
    if (!block) continue;
    // An article file holds its own block of ids, at most SITEMAP_FILE_SIZE of them.
    const ids = entries.map((url) => Number(/\/news\/(\d+)\//.exec(url)?.[1]));
    expect(ids.length, file).toBeLessThanOrEqual(SITEMAP_FILE_SIZE);
    for (const id of ids) {
      expect(id, file).toBeGreaterThan((Number(block) - 1) * SITEMAP_FILE_SIZE);
      expect(id, file).toBeLessThanOrEqual(Number(block) * SITEMAP_FILE_SIZE);
    }
    listedIds.push(...ids);
  }
  // Together they list each public story once (up to the newest they list: a story another spec wrote
  // straight into the database may be newer than the cached files) and nothing else.
  const listed = [...listedIds].sort((a, b) => a - b);
  expect(listed).toEqual(publicStoryIds().filter((id) => id <= listed.at(-1)!));
  expect(urls.some((url) => decodeURIComponent(url).includes(`/news/${seedId}/القمة-الصينية-الروسية`))).toBe(true);
  expect(urls).toContain(`${ORIGIN}/section/world`);
  expect(urls).toContain(`${ORIGIN}/en/section/world`);

  const news = asArray((await parseXml(request, '/sitemaps/news.xml')).urlset.url);
  const seed = news.find((entry) => entry['news:news']['news:title'] === seedArticle.title)!;
  expect(seed['news:news']['news:publication']['news:name']).toBe('اتحاد العالم الإسلامي');
  expect(seed['news:news']['news:publication']['news:language']).toBe('ar');
  expect(Date.parse(seed['news:news']['news:publication_date'])).toBeGreaterThan(Date.now() - 48 * 3_600_000);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /admin');
  expect(robots).toContain('Disallow: /search');
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemaps/news.xml`);
});

test('the seed article carries complete NewsArticle and BreadcrumbList data', async ({ page }) => {
  await page.goto(`/news/${articleIdByTitle(seedArticle.title)}`);
  const data = await jsonLd(page);
  const article = data.find((item) => item['@type'] === 'NewsArticle');
  expect(article.headline).toBe(seedArticle.title);
  expect(article.image[0]).toMatchObject({
    '@type': 'ImageObject',
    url: `${ORIGIN}/demo/summit.webp`,
    creditText: 'أرشيف البوابة',
    copyrightHolder: { name: 'أرشيف البوابة' },
  });
  expect(Date.parse(article.datePublished)).toBeGreaterThan(0);
  expect(Date.parse(article.dateModified)).toBeGreaterThanOrEqual(Date.parse(article.datePublished));
  expect(article.author[0]).toMatchObject({
    '@type': 'Person',
    name: 'المحرر الإخباري',
    url: `${ORIGIN}/author/newsroom`,
  });
  expect(article.publisher).toMatchObject({ name: 'اتحاد العالم الإسلامي', logo: { url: `${ORIGIN}/logo.png` } });
  expect(article.mainEntityOfPage['@id']).toBe(page.url());
  expect(article.articleSection).toBe('عربي ودولي');
  expect(article.inLanguage).toBe('ar');
  const breadcrumb = data.find((item) => item['@type'] === 'BreadcrumbList');
  expect(breadcrumb.itemListElement.map((item: { name: string }) => item.name)).toEqual([
    'الرئيسية',
    'عربي ودولي',
    seedArticle.title,
  ]);
});

test('home, section and article pages have one canonical, hreflang pairs, og tags and feed links', async ({ page }) => {
  const seedId = articleIdByTitle(seedArticle.title);
  for (const path of [
    '/',
    '/section/world',
    `/news/${seedId}`,
    '/en',
    '/en/section/world',
    `/tag/${encodeURIComponent('الصين')}`,
    '/author/newsroom',
  ]) {
    await page.goto(path);
    const canonical = page.locator('link[rel="canonical"]');
    await expect(canonical, path).toHaveCount(1);
    expect(new URL((await canonical.getAttribute('href'))!).href, path).toBe(page.url());
    await expect(page.locator('meta[property="og:title"]'), path).toHaveCount(1);
    await expect(page.locator('meta[property="og:image"]').first(), path).toHaveAttribute(
      'content',
      new RegExp(`^${ORIGIN_PATTERN}/`),
    );
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first(), path).toHaveAttribute(
      'href',
      /rss\.xml$/,
    );
  }
  const hreflang = async (lang: string) =>
    new URL((await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href'))!).href;
  for (const path of ['/', '/section/world']) {
    await page.goto(path);
    expect(await hreflang('ar')).toBe(`${ORIGIN}${path}`);
    expect(await hreflang('en')).toBe(`${ORIGIN}/en${path === '/' ? '' : path}`);
    expect(await hreflang('x-default')).toBe(`${ORIGIN}${path}`);
  }
  const english = translatedEnglishStory();
  await page.goto(`/en/news/${english.id}`);
  expect(await hreflang('en')).toBe(page.url());
  expect(await hreflang('ar')).toMatch(new RegExp(`^${ORIGIN_PATTERN}/news/\\d+/`));
  await page.goto(`/news/${seedId}`);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', /^\d+$/);
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveCount(1);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  // A JPEG, which every platform reads (some ignore WebP), cut to 1200×630 from the lead picture.
  await expect(page.locator('meta[property="og:image:type"]')).toHaveAttribute('content', 'image/jpeg');
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(new RegExp(`^${ORIGIN_PATTERN}/media/social/demo-[a-z-]+\\.jpg$`));
  const social = await page.request.get(ogImage!);
  expect(social.headers()['content-type']).toBe('image/jpeg');
  const socialSize = await sharp(await social.body()).metadata();
  expect([socialSize.format, socialSize.width, socialSize.height]).toEqual(['jpeg', 1200, 630]);
  await expect(page.locator('meta[property="article:published_time"]')).toHaveCount(1);
  await expect(page.locator('meta[property="article:section"]')).toHaveAttribute('content', 'عربي ودولي');
  await expect(page.locator('meta[property="article:tag"]').first()).toBeAttached();
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const home = await page.goto('/');
  expect(home?.status()).toBe(200);
  const json = (await jsonLd(page)).map((item) => item['@type']);
  expect(json).toEqual(expect.arrayContaining(['NewsMediaOrganization', 'WebSite']));
});

test('URLs resolve to one canonical form', async ({ request }) => {
  const seedId = articleIdByTitle(seedArticle.title);
  const trailing = await request.get('/section/world/', { maxRedirects: 0 });
  expect(trailing.status()).toBe(308);
  expect(trailing.headers().location).toBe('/section/world');
  const canonical = (await request.get(`/news/${seedId}`, { maxRedirects: 0 })).headers().location;
  // One Location, whether the redirect was just rendered or replayed from the cache (Next sent two
  // identical ones, vercel/next.js#82117: patches/next+16.4.6.patch).
  for (let i = 0; i < 2; i++) {
    const redirect = await request.get(`/news/${seedId}/an-old-slug-${i}`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expect(redirect.headersArray().filter((header) => header.name.toLowerCase() === 'location')).toEqual([
      { name: expect.stringMatching(/^location$/i), value: canonical },
    ]);
  }
  const decoded = await request.get(decodeURIComponent(canonical), { maxRedirects: 0 });
  expect(decoded.status()).toBe(200);
  const encoded = await request.get(canonical, { maxRedirects: 0 });
  expect(encoded.status()).toBe(200);
  expect((await request.get('/section/world/page/999', { maxRedirects: 0 })).status()).toBe(404);
});

test('a story published through the admin enters the feeds and sitemaps, and leaves them when unpublished', async ({
  page,
  request,
}) => {
  await signIn(page, 'editor');
  const title = `معرض للخط العربي في القاهرة ${Date.now()}`;
  await fillStory(page, title, 'يفتتح المعرض أبوابه اليوم.', 'ثقافة');
  await page.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(page.getByText('نُشر الخبر وظهر على الموقع.')).toBeVisible();
  const [id] = articleIdsByTitle(title);

  const feedTitles = async (path: string) => (await parseFeed(request, path)).items.map((item) => item.title);
  const sitemapUrls = async () =>
    asArray((await parseXml(request, '/sitemaps/articles-1.xml')).urlset.url).map((entry) => entry.loc);
  const newsTitles = async () =>
    asArray((await parseXml(request, '/sitemaps/news.xml')).urlset.url).map(
      (entry) => entry['news:news']['news:title'],
    );
  const listed = async () => ({
    site: (await feedTitles('/rss.xml')).includes(title),
    section: (await feedTitles('/section/culture/rss.xml')).includes(title),
    sitemap: (await sitemapUrls()).some((url) => url.includes(`/news/${id}/`)),
    news: (await newsTitles()).includes(title),
  });
  expect(await listed()).toEqual({ site: true, section: true, sitemap: true, news: true });
  // Its page, cached on the server's disk: a 404 must replace it there, or a restart would serve it again.
  const canonical = (await request.get(`/news/${id}`, { maxRedirects: 0 })).headers()['location'];
  expect((await request.get(canonical)).status()).toBe(200);
  const cachedStatus = () => {
    const meta = cachedPageFiles(join('ar', 'news', String(id), '')).find((file) => file.endsWith('.meta'));
    // Next leaves a 200 out of the file.
    return meta && ((JSON.parse(fs.readFileSync(meta, 'utf8')) as { status?: number }).status ?? 200);
  };
  await expect.poll(cachedStatus).toBe(200);

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'إلغاء النشر' }).click();
  await expect(page.getByText('أُلغي نشر الخبر.')).toBeVisible();
  expect(await listed()).toEqual({ site: false, section: false, sitemap: false, news: false });
  expect((await request.get(`/news/${id}`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get(canonical)).status()).toBe(404);
  await expect.poll(cachedStatus).toBe(404);
});

test('a tag with stories in one edition only has no page, and no hreflang, in the other', async ({ page, request }) => {
  const egypt = encodeURIComponent('مصر');
  expect((await request.get(`/en/tag/${egypt}`)).status()).toBe(404);
  expect((await request.get('/tag/egypt')).status()).toBe(404);
  expect((await request.get('/en/tag/egypt')).status()).toBe(200);
  await page.goto(`/tag/${egypt}`);
  await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
    'href',
    `${ORIGIN}/tag/${egypt}`,
  );
  await page.goto('/author/newsroom');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    `${ORIGIN}/en/author/newsroom`,
  );
  // e2e/reset-db.ts gave the Arabic economy section three pages; the English one has one.
  await page.goto('/section/economy/page/2');
  await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
});
