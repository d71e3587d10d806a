import { expect, test } from '@playwright/test';
import { toNewsroomInput } from '../lib/dates';
import { articleIdsByTitle, articleRow } from './support/database';
import { captureSave, fillStory, signIn } from './support/admin';
import { replayHeaders, withFields } from './support/actions';
import { unpinOnBoard } from './support/top-news';

// An editor's story from the form to the reader: published and pinned, a
// forged body cleaned, a scheduled one kept back until its time.

test('an editor writes, publishes and pins a story, and readers see it at once', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `مرصد فلكي جديد في أسوان ${Date.now()}`;
  await fillStory(page, title, 'افتتحت الجامعة مرصدًا جديدًا.');
  const editor = page.getByRole('textbox', { name: 'نص الخبر' });
  const subheading = page.getByRole('toolbar', { name: 'أدوات التنسيق' }).getByRole('button', { name: 'عنوان فرعي' });
  // Each step waits for the editor to show the last one: Arabic text arrives as
  // text input, Enter as a key, and on a busy machine the two can cross.
  await editor.press('Enter');
  await expect(editor.locator('p')).toHaveCount(2);
  await subheading.click();
  await expect(subheading).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('تفاصيل المرصد الجديد');
  await expect(editor.locator('h2')).toHaveText('تفاصيل المرصد الجديد');
  await page.keyboard.press('Enter');
  await page.keyboard.type('يضم المرصد تلسكوبًا بقطر 2 متر.');
  await expect(editor.locator('h2 + p')).toHaveText('يضم المرصد تلسكوبًا بقطر 2 متر.');
  // lab.webp is one of the seed's pictures (db/seed), in every fresh database.
  await page.getByLabel('صورة من المكتبة').selectOption({ label: 'lab.webp' });
  await page.getByRole('button', { name: 'إدراج الصورة' }).click();
  await page.getByLabel('الصورة الرئيسية').selectOption({ label: 'lab.webp' });
  await page.getByLabel('وصف الصورة للقارئ الآلي').fill('قبة المرصد ليلًا');
  await page.getByLabel('تعليق الصورة').fill('المرصد الجديد في أسوان');
  await page.getByLabel('الترتيب في «أهم الأخبار» (فارغ = غير مثبّت)').fill('1');
  await page.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(page.getByText('نُشر الخبر وظهر على الموقع.')).toBeVisible();
  try {
    await page.goto('/');
    await expect(page.getByTestId('top-news').getByRole('link').first()).toHaveText(title);
    await page.goto('/section/science-tech');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { level: 2, name: 'تفاصيل المرصد الجديد' })).toBeVisible();
    await expect(page.locator('figcaption')).toContainText('المرصد الجديد في أسوان');
    await expect(page.locator('.article-body img[src="/demo/lab.webp"]')).toBeAttached();
  } finally {
    // Off the board again: the seed's first slot is what the reader specs expect on the front page.
    await unpinOnBoard(page, title);
  }
});

test('<script> and onerror= in a posted body never reach a reader', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `خبر نصه عدائي ${Date.now()}`;
  await fillStory(page, title, 'نص عادي.');
  const save = await captureSave(page);
  const hostileTitle = `${title} منشور`;
  const forged = withFields(save.postData()!, {
    title: hostileTitle,
    intent: 'publish',
    body: '<p>قبل<script>window.hacked=1</script><img src="x" onerror="window.hacked=1"><a href="javascript:window.hacked=1">رابط</a></p><h2 onclick="window.hacked=1">عنوان</h2>',
  });
  await page.request.post(save.url(), { headers: replayHeaders(save), data: forged });
  const [id] = articleIdsByTitle(hostileTitle);
  expect(articleRow(id)?.status).toBe('published');
  expect(articleRow(id)?.body).not.toMatch(/script|onerror|onclick|javascript:/);
  await page.goto(`/news/${id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'عنوان' })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain('window.hacked');
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});

test('a scheduled story is invisible before its time and visible after', async ({ page, request }) => {
  // Far enough ahead that a slow machine still checks "before" before the time comes.
  test.setTimeout(60_000);
  await signIn(page, 'editor');
  const title = `خبر مجدول ${Date.now()}`;
  await fillStory(page, title, 'نص الخبر المجدول.');
  // A whole second: the form takes the time to the second.
  const at = Math.ceil((Date.now() + 20_000) / 1000) * 1000;
  await page.getByLabel('موعد النشر (للجدولة)').fill(toNewsroomInput(at, undefined, true));
  await page.getByRole('button', { name: 'جدولة' }).click();
  await expect(page.getByText('جُدول الخبر.')).toBeVisible();
  const [id] = articleIdsByTitle(title);
  expect((await request.get(`/news/${id}`, { maxRedirects: 0 })).status()).toBe(404);
  await page.goto('/section/science-tech');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  // The cached "not found" expires at the scheduled second; the first request after it regenerates.
  await expect
    .poll(async () => (await request.get(`/news/${id}`, { maxRedirects: 0 })).status(), {
      timeout: at - Date.now() + 10_000,
    })
    .toBe(308);
  expect(Date.now()).toBeGreaterThanOrEqual(at);
  await page.goto(`/news/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});
