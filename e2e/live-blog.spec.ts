import { expect, test, type Page } from '@playwright/test';
import { signedInPage } from './support/admin';
import { articleIdByTitle, insertPublishedStory, runSql } from './support/database';

// A live blog as readers and editors meet it: entries reach an open page without a reload, the page's
// structured data says LiveBlogPosting, the entries endpoint is cacheable at the edge, and polling ends
// with the coverage. Each test makes its own blog, so the demo's stays as seeded.

const DEMO_LIVE_TITLE = 'استئناف المحادثات السودانية في جدة وسط آمال بهدنة إنسانية طويلة';
const WITHIN = { timeout: 15_000 };

function liveStory(title: string): number {
  const id = insertPublishedStory('world', title);
  runSql('insert into live_blogs (article_id, started_at) values (?, ?)', id, Date.now());
  return id;
}

/** Counts the page's requests to its entries endpoint. */
function countPolls(page: Page) {
  const polls: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/live.json')) polls.push(Date.now());
  });
  return polls;
}

/** A mark on the page's window: still there later means the page was never reloaded. */
const markWindow = (page: Page) => page.evaluate(() => Object.assign(window, { liveMark: 'kept' }));
const windowMarked = (page: Page) => page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark);

test('an entry added, then edited, then deleted in the admin reaches an open reader page without a reload', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const id = liveStory(`تغطية مباشرة للتحرير ${Date.now()}`);
  await page.goto(`/news/${id}`);
  await expect(page.getByRole('heading', { name: 'التغطية المباشرة' })).toBeVisible();
  await markWindow(page);

  const admin = await signedInPage(browser, 'editor');
  await admin.goto(`/admin/articles/${id}`);
  const added = `وصول الوفود إلى القاعة ${Date.now()}`;
  const body = admin.getByRole('textbox', { name: 'نص التحديث' });
  await body.click();
  await body.pressSequentially(added);
  await admin.getByLabel('تطور رئيسي').check();
  await admin.getByRole('button', { name: 'نشر التحديث' }).click();
  await expect(admin.getByText('نُشر التحديث.')).toBeVisible();

  const entries = page.getByTestId('live-entries');
  await expect(entries.getByText(added)).toBeVisible(WITHIN);
  // A key event is listed in the summary at the top too, linking to its entry.
  await expect(
    page.getByRole('navigation', { name: 'أبرز التطورات' }).getByRole('link', { name: added }),
  ).toBeVisible();

  const edited = `بدء الجلسة الافتتاحية ${Date.now()}`;
  // Found by the entry's id, which stays while its text changes.
  const entryId = await admin
    .getByTestId('live-admin-entry')
    .filter({ hasText: added })
    .locator('input[name="id"]')
    .inputValue();
  const row = admin
    .getByTestId('live-admin-entry')
    .filter({ has: admin.locator(`input[name="id"][value="${entryId}"]`) });
  await row.getByRole('button', { name: 'تعديل' }).click();
  const editor = row.getByRole('textbox', { name: 'نص التحديث' });
  await editor.click();
  await editor.press('Control+A');
  await editor.pressSequentially(edited);
  await row.getByRole('button', { name: 'حفظ التعديل' }).click();
  // The edit form closes on success (its message with it): the panel's list shows the new text.
  await expect(row.locator('.article-body')).toContainText(edited);
  await expect(entries.getByText(edited)).toBeVisible(WITHIN);
  await expect(entries.getByText(added)).toHaveCount(0);

  admin.once('dialog', (dialog) => dialog.accept());
  await admin.getByTestId('live-admin-entry').filter({ hasText: edited }).getByRole('button', { name: 'حذف' }).click();
  await expect(admin.getByText('حُذف التحديث.')).toBeVisible();
  await expect(entries.getByText(edited)).toHaveCount(0, WITHIN);
  expect(await windowMarked(page)).toBe('kept');
  await admin.context().close();
});

test('the live blog’s JSON-LD is a LiveBlogPosting with its updates, and its feed is linked and served', async ({
  page,
  request,
}) => {
  const id = articleIdByTitle(DEMO_LIVE_TITLE);
  await page.goto(`/news/${id}`);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const posting = blocks
    .flatMap((text) => [JSON.parse(text)].flat())
    .find((data) => data['@type'] === 'LiveBlogPosting');
  expect(posting, 'a LiveBlogPosting block').toBeDefined();
  expect(Date.parse(posting.coverageStartTime)).not.toBeNaN();
  expect(posting.coverageEndTime).toBeUndefined();
  expect(posting.liveBlogUpdate.length).toBeGreaterThanOrEqual(6);
  for (const update of posting.liveBlogUpdate) {
    expect(update['@type']).toBe('BlogPosting');
    expect(update.headline.length).toBeGreaterThan(0);
    expect(update.articleBody.length).toBeGreaterThan(0);
    expect(update.articleBody).not.toContain('<');
    expect(Date.parse(update.datePublished)).not.toBeNaN();
  }
  // The page shows the pinned entry first and the two key events in the summary.
  await expect(page.getByTestId('live-entries').locator('> li').first()).toContainText('مثبّت');
  await expect(page.getByRole('navigation', { name: 'أبرز التطورات' }).getByRole('link')).toHaveCount(2);

  const feedHref = await page
    .locator(`link[rel="alternate"][type="application/rss+xml"][href$="/news/${id}/rss.xml"]`)
    .getAttribute('href');
  const feed = await request.get(new URL(feedHref!).pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  expect((await feed.text()).match(/<item>/g)?.length).toBeGreaterThanOrEqual(6);
});

test('the entries endpoint is cacheable for a few seconds, sets no cookie, and answers 304 to its ETag', async ({
  request,
}) => {
  const path = `/news/${articleIdByTitle(DEMO_LIVE_TITLE)}/live.json`;
  const first = await request.get(path);
  expect(first.status()).toBe(200);
  expect(first.headers()['cache-control']).toBe('public, max-age=0, s-maxage=5');
  expect(first.headers()['set-cookie']).toBeUndefined();
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"\d+-\d+"$/);
  const state = await first.json();
  expect(state.ended).toBe(false);
  expect(state.entries.length).toBeGreaterThanOrEqual(6);
  const again = await request.get(path, { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  expect(again.headers()['cache-control']).toBe('public, max-age=0, s-maxage=5');
  expect((await request.get('/news/999999999/live.json')).status()).toBe(404);
});

test('polling waits while the tab is hidden and stops for good once the coverage has ended', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const id = liveStory(`تغطية تنتهي ${Date.now()}`);
  const polls = countPolls(page);
  await page.goto(`/news/${id}`);
  await expect.poll(() => polls.length, WITHIN).toBeGreaterThan(0);

  // Hidden: no request for three rounds; visible again: it asks at once.
  const setHidden = (hidden: boolean) =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await page.waitForTimeout(1_000);
  const whileHidden = polls.length;
  await page.waitForTimeout(12_000);
  expect(polls.length).toBe(whileHidden);
  await setHidden(false);
  await expect.poll(() => polls.length, { timeout: 3_000 }).toBeGreaterThan(whileHidden);

  const admin = await signedInPage(browser, 'editor');
  await admin.goto(`/admin/articles/${id}`);
  admin.once('dialog', (dialog) => dialog.accept());
  await admin.getByRole('button', { name: 'إنهاء التغطية' }).click();
  await expect(admin.getByText('انتهت التغطية المباشرة.')).toBeVisible();
  await expect(page.getByText('انتهت التغطية المباشرة.')).toBeVisible(WITHIN);
  const atEnd = polls.length;
  await page.waitForTimeout(15_000);
  expect(polls.length, 'requests to the entries endpoint after the end was seen').toBe(atEnd);
  await admin.context().close();
});
