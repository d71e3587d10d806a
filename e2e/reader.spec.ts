import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SEED_ARTICLE_SUBHEADINGS, SEED_MASTHEAD, seedArticle } from '../db/seed/seed-article';
import { articleIdByTitle, pinnedTopTitles, translatedEnglishStory } from './support/database';
import { cachedDataFiles, cachedPageFiles } from './support/page-cache';

test.describe('Arabic front page', () => {
  test('is right-to-left Arabic with the masthead from settings', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    const masthead = page.getByRole('banner');
    await expect(masthead.getByText(SEED_MASTHEAD.siteNameAr, { exact: true })).toBeVisible();
    await expect(masthead.getByText(SEED_MASTHEAD.chairmanAr)).toBeVisible();
    await expect(masthead.getByText(SEED_MASTHEAD.editorInChiefAr)).toBeVisible();
    await expect(masthead.getByText('رئيس مجلس الإدارة')).toBeVisible();
    await expect(masthead.getByText(/هـ/)).toBeVisible(); // today's Hijri date
  });

  test('shows the breaking strip and «أهم الأخبار» in rank order', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('breaking-strip').getByText('عاجل')).toBeVisible();
    await expect(page.getByTestId('breaking-strip').getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'أهم الأخبار' })).toBeVisible();
    const listed = await page.getByTestId('top-news').getByRole('link').allInnerTexts();
    const pinned = pinnedTopTitles('ar');
    expect(pinned).toContain(seedArticle.title);
    expect(listed.slice(0, pinned.length)).toEqual(pinned.slice(0, listed.length));
  });

  test('has a block per section and working section links', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'آخر الأخبار' })).toBeVisible();
    for (const name of ['سياسة', 'اقتصاد', 'العالم الإسلامي', 'رياضة', 'ثقافة', 'علوم وتكنولوجيا']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await page.getByRole('navigation', { name: 'الأقسام' }).first().getByRole('link', { name: 'رياضة' }).click();
    await expect(page).toHaveURL(/\/section\/sports$/);
    await expect(page.getByRole('heading', { level: 1, name: 'رياضة' })).toBeVisible();
  });

  test('a story card links its story once: a click on its picture opens it, its section link still leads to the section', async ({
    page,
  }) => {
    await page.goto('/');
    const card = page
      .locator('main article')
      .filter({ has: page.locator('img') })
      .filter({ has: page.locator('a[href^="/section/"]') })
      .first();
    const storyLinks = card.locator('a[href^="/news/"]');
    await expect(storyLinks).toHaveCount(1);
    const storyPath = (await storyLinks.getAttribute('href'))!;
    const sectionPath = (await card.locator('a[href^="/section/"]').getAttribute('href'))!;
    // Where the picture is drawn, the headline's link answers (it covers the card): a click there, as a reader's.
    await card.locator('img').scrollIntoViewIfNeeded();
    const picture = (await card.locator('img').boundingBox())!;
    await page.mouse.click(picture.x + picture.width / 2, picture.y + picture.height / 2);
    await expect(page).toHaveURL((url) => decodeURI(url.pathname) === storyPath);

    await page.goBack();
    await card.locator('a[href^="/section/"]').click();
    await expect(page).toHaveURL((url) => decodeURI(url.pathname) === sectionPath);
  });
});

test.describe('the seed article', () => {
  test('shows headline, caption, every sub-heading, and reader tools', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('top-news').getByRole('link', { name: seedArticle.title }).click();
    await expect(page).toHaveURL(new RegExp(`/news/\\d+/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedArticle.title);
    const caption = page.locator('figcaption');
    await expect(caption).toContainText(seedArticle.caption);
    await expect(caption).toContainText('الصورة: أرشيف البوابة');
    await expect(page.getByRole('img', { name: seedArticle.alt })).toBeVisible();
    for (const subheading of SEED_ARTICLE_SUBHEADINGS) {
      await expect(page.getByRole('heading', { level: 2, name: subheading })).toBeVisible();
    }
    await expect(page.getByText(/للقراءة/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'عربي ودولي' }).first()).toBeVisible();
    await expect(page.getByTestId('bylines')).toHaveText('بقلم المحرر الإخباري');
    await expect(page.getByRole('link', { name: 'المحرر الإخباري', exact: true })).toBeVisible();
    const share = page.getByRole('group', { name: 'شارك الخبر' });
    for (const name of ['واتساب', 'إكس', 'فيسبوك', 'تيليجرام']) {
      await expect(share.getByRole('link', { name })).toHaveAttribute('href', /^https:\/\//);
    }
    await expect(page.getByRole('heading', { name: 'أخبار ذات صلة' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'الصين', exact: true })).toBeVisible();
  });

  test('shares its short address, which leads to the story', async ({ page, request }) => {
    const id = articleIdByTitle(seedArticle.title);
    await page.goto(`/news/${id}`);
    const share = page.getByRole('group', { name: 'شارك الخبر' });
    const shared = new URL((await share.getByRole('link', { name: 'إكس' }).getAttribute('href'))!).searchParams.get(
      'url',
    );
    expect(new URL(shared!).pathname).toBe(`/news/${id}`);
    await expect(share.getByRole('link', { name: 'واتساب' })).toHaveAttribute(
      'href',
      `https://wa.me/?text=${encodeURIComponent(`${seedArticle.title} ${shared}`)}`,
    );
    const followed = await request.get(new URL(shared!).pathname, { maxRedirects: 0 });
    expect(followed.status()).toBe(308);
    expect(decodeURIComponent(followed.headers().location)).toContain(`/news/${id}/القمة-الصينية-الروسية`);
  });

  test('copies its link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const id = articleIdByTitle(seedArticle.title);
    await page.goto(`/news/${id}`);
    await page.getByRole('button', { name: 'انسخ الرابط' }).click();
    await expect(page.getByRole('button', { name: 'تم نسخ الرابط' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/news/${id}/`);
  });

  test('a wrong or missing slug redirects permanently to the canonical URL', async ({ page, request }) => {
    const id = articleIdByTitle(seedArticle.title);
    for (const path of [`/news/${id}/wrong-slug`, `/news/${id}`, `/en/news/${id}/anything`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(308);
      expect(decodeURIComponent(response.headers().location)).toMatch(new RegExp(`/news/${id}/القمة-الصينية-الروسية`));
    }
    await page.goto(`/news/${id}/wrong-slug`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedArticle.title);
  });
});

test.describe('listings', () => {
  test('section pages paginate and out-of-range pages are 404', async ({ page, request }) => {
    // e2e/reset-db.ts gave the economy section 20 archive stories on top of its 6.
    await page.goto('/section/economy');
    await expect(page.getByText('صفحة 1 من 3')).toBeVisible();
    await page.getByRole('link', { name: 'التالي' }).click();
    await expect(page).toHaveURL(/\/section\/economy\/page\/2$/);
    await expect(page.getByText('صفحة 2 من 3')).toBeVisible();
    await page.getByRole('link', { name: 'السابق' }).click();
    await expect(page).toHaveURL(/\/section\/economy$/);
    expect((await request.get('/section/economy/page/3')).status()).toBe(200);
    for (const bad of ['1', '999', '0', 'abc', '-1', '01']) {
      expect((await request.get(`/section/economy/page/${bad}`)).status(), bad).toBe(404);
    }
  });

  test('the ?page=N form leads to the same pages', async ({ page, request }) => {
    await page.goto('/section/economy?page=2');
    await expect(page).toHaveURL(/\/section\/economy\/page\/2$/);
    await expect(page.getByText('صفحة 2 من 3')).toBeVisible();
    const first = await request.get('/section/economy?page=1', { maxRedirects: 0 });
    expect(first.status()).toBe(308);
    expect(first.headers().location).toMatch(/\/section\/economy$/);
    for (const bad of ['999', '0', 'abc', '']) {
      expect((await request.get(`/section/economy?page=${bad}`)).status(), bad).toBe(404);
    }
    expect((await request.get('/en/author/newsroom?page=999')).status()).toBe(404);
  });

  test('the «أهم الأخبار», tag and author pages list stories', async ({ page }) => {
    await page.goto('/top');
    await expect(page.getByRole('heading', { level: 1, name: 'أهم الأخبار' })).toBeVisible();
    await expect(page.getByTestId('top-news-page').getByRole('heading', { level: 2 }).first()).toHaveText(
      pinnedTopTitles('ar')[0],
    );
    await page.goto(`/tag/${encodeURIComponent('الصين')}`);
    await expect(page.getByRole('heading', { level: 1, name: 'الوسم: الصين' })).toBeVisible();
    await expect(page.getByRole('link', { name: seedArticle.title })).toBeVisible();
    await page.goto('/author/newsroom');
    await expect(page.getByRole('heading', { level: 1, name: 'مقالات المحرر الإخباري' })).toBeVisible();
  });
});

test.describe('not found', () => {
  for (const path of [
    '/no-such-page',
    '/news/999999/x',
    '/news/abc/x',
    '/section/no-such-section',
    '/tag/no-such-tag',
    '/author/nobody',
    '/en/no-such-page',
    // The benchmark's floor page exists only in a server started with BENCH_FLOOR=1.
    '/bench-floor',
  ]) {
    test(`${path} answers 404 in the visitor's language`, async ({ page }) => {
      const browserErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') browserErrors.push(message.text());
      });
      page.on('pageerror', (error) => browserErrors.push(error.message));
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      const english = path.startsWith('/en');
      const heading = english ? 'Page not found' : 'الصفحة غير موجودة';
      await expect(page.locator('html')).toHaveAttribute('lang', english ? 'en' : 'ar');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // The server's own HTML says it, for readers without JavaScript and
      // crawlers that do not run it (Next used to send an empty shell).
      const html = await response!.text();
      expect(html).toContain(`<html lang="${english ? 'en' : 'ar'}" dir="${english ? 'ltr' : 'rtl'}"`);
      expect(html).toContain(`>${heading}</h1>`);
      expect(html).toContain(
        `<title>${heading} | ${english ? SEED_MASTHEAD.siteNameEn : SEED_MASTHEAD.siteNameAr}</title>`,
      );
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      // A reader's 404 has the site's masthead (its skip link); the floor page's has none.
      expect(html.includes(english ? 'Skip to content' : 'انتقل إلى المحتوى')).toBe(path !== '/bench-floor');
      // The browser takes the page over without a hydration mismatch.
      await page.getByRole('link', { name: english ? 'Back to the front page' : 'العودة إلى الصفحة الرئيسية' }).click();
      await expect(page).toHaveURL(english ? /\/en$/ : /\/$/);
      expect(browserErrors.filter((text) => !text.includes('404'))).toEqual([]);
    });
  }

  test('a path no page can have gets the 404 page, rendered without being cached under its name', async ({
    request,
  }) => {
    // A NUL or an over-long segment made Next's cache fail to store the listing's 404, with a stack trace in the log.
    for (const path of [
      `/section/${encodeURIComponent('قبل\u0000بعد')}`,
      `/tag/${encodeURIComponent('ع'.repeat(300))}`,
      `/en/news/1/${'a'.repeat(300)}`,
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['x-nextjs-cache'], path).toBeUndefined();
      expect(await response.text(), path).toContain(
        path.startsWith('/en') ? '>Page not found</h1>' : '>الصفحة غير موجودة</h1>',
      );
    }
  });
});

test("a missing or misspelt address is cached in memory, never written to the server's disk", async ({ request }) => {
  // Any visitor can make up new addresses; each one's 404 page, feed or redirect, and the
  // data read for it, was files under .next/.
  const madeUp = `nothing-${Date.now()}`;
  for (const path of [`/section/${madeUp}`, `/section/${madeUp}/rss.xml`, `/tag/${madeUp}`])
    expect((await request.get(path)).status(), path).toBe(404);
  expect((await request.get(`/news/1/${madeUp}`, { maxRedirects: 0 })).status()).toBe(308);
  const again = await request.get(`/section/${madeUp}`);
  expect([again.status(), again.headers()['x-nextjs-cache']]).toEqual([404, 'HIT']);
  // Where Next writes a page it caches, as a listing that exists shows.
  expect((await request.get('/section/sports')).status()).toBe(200);
  await expect.poll(() => cachedPageFiles(join('ar', 'section', 'sports')).length).toBeGreaterThan(0);
  await expect.poll(() => cachedDataFiles('"section:sports"').length).toBeGreaterThan(0);
  expect(cachedPageFiles(madeUp)).toEqual([]);
  // Nor is the data read for them: "nothing found" under each made-up slug.
  expect(cachedDataFiles(madeUp)).toEqual([]);
});

test.describe('English edition', () => {
  test('renders left-to-right with English interface and stories', async ({ page }) => {
    await page.goto('/en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('banner').getByText(SEED_MASTHEAD.siteNameEn, { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Top news' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Home' }).first()).toBeVisible();
    const firstStory = page.getByTestId('top-news').getByRole('link').first();
    await expect(firstStory).toHaveText(/^[^\u0600-\u06FF]+$/);
  });

  test('a translated story links to its Arabic original and back', async ({ page }) => {
    const story = translatedEnglishStory();
    await page.goto(`/en/news/${story.id}/${story.slug}`);
    await page.getByRole('link', { name: 'اقرأ هذا الخبر بالعربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await page.getByRole('link', { name: 'Read this story in English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/news/${story.id}/`));
  });
});

test('the RSS link in the footer serves a feed', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.getByRole('link', { name: 'خلاصة RSS' }).getAttribute('href');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const { default: Parser } = await import('rss-parser');
  const feed = await new Parser().parseString(await response.text());
  expect(feed.items.length).toBeGreaterThan(10);
  expect(feed.items.map((item) => item.title)).toContain(seedArticle.title);
});
