import { expect, test } from '@playwright/test';
import { demoArticles } from '../db/seed/demo-articles';
import { articleIdByTitle, articleIdsByTitle } from './support/database';
import { fillStory, signIn } from './support/admin';

// Galleries: a scroll-snapped strip with buttons, arrow keys and a counter in
// the site's digits; every picture lazy, described and credited.

const museum = demoArticles.find((story) => story.key === 'gem-new-galleries')!;

test('a gallery moves by keyboard, buttons and swipe, and its counter follows', async ({ page }) => {
  await page.goto(`/news/${articleIdByTitle(museum.title)}`);
  const gallery = page.getByRole('region', { name: 'معرض صور' });
  const counter = gallery.locator('[aria-live="polite"]');
  const strip = gallery.getByRole('list');
  const slides = strip.getByRole('listitem');
  await expect(slides).toHaveCount(4);
  await expect(counter).toHaveText('1 من 4');
  for (const image of await slides.locator('img').all()) {
    await expect(image).toHaveAttribute('loading', 'lazy');
    expect(await image.getAttribute('alt')).toBeTruthy();
  }
  await expect(slides.first()).toContainText('المدخل الرئيسي للمتحف المطل على هضبة الأهرام');
  await expect(slides.first()).toContainText('أرشيف البوابة');

  await strip.focus();
  // Arabic reads right to left: the left arrow is "next".
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('2 من 4');
  await expect(slides.nth(1)).toBeInViewport({ ratio: 0.9 });
  await expect(strip).toBeFocused();
  expect(await strip.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
  expect(await strip.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  await page.keyboard.press('End');
  await expect(counter).toHaveText('4 من 4');
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('4 من 4');
  await expect(gallery.getByRole('button', { name: 'الصورة التالية' })).toBeDisabled();
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('3 من 4');
  await page.keyboard.press('Home');
  await expect(counter).toHaveText('1 من 4');
  await expect(gallery.getByRole('button', { name: 'الصورة السابقة' })).toBeDisabled();

  await gallery.getByRole('button', { name: 'الصورة التالية' }).click();
  await expect(counter).toHaveText('2 من 4');
  await gallery.getByRole('button', { name: 'الصورة السابقة' }).click();
  await expect(counter).toHaveText('1 من 4');

  // A swipe is a scroll of the strip: the counter reads the position.
  await strip.evaluate((element) => element.scrollTo({ left: -element.clientWidth * 2, behavior: 'instant' }));
  await expect(counter).toHaveText('3 من 4');
});

test('an editor builds a gallery from the media library and readers get it', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `صور من افتتاح المكتبة ${Date.now()}`;
  await fillStory(page, title, 'جولة مصورة.');
  await page.getByText('معرض صور', { exact: true }).click();
  const insert = page.getByRole('button', { name: 'إدراج المعرض' });
  for (const [file, alt, caption] of [
    ['books.webp', 'رفوف المخطوطات', 'قاعة المخطوطات'],
    ['city.webp', 'واجهة المكتبة', ''],
  ]) {
    await page.getByRole('checkbox', { name: file }).check();
    await page.getByLabel(`وصف الصورة: ${file}`).fill(alt);
    if (caption) await page.getByLabel(`تعليق: ${file}`).fill(caption);
  }
  // Each picture needs its description.
  await page.getByLabel('وصف الصورة: city.webp').fill('');
  await expect(insert).toBeDisabled();
  await page.getByLabel('وصف الصورة: city.webp').fill('واجهة المكتبة');
  await insert.click();
  const editor = page.getByRole('textbox', { name: 'نص الخبر' });
  await expect(editor.locator('figure[data-gallery] img')).toHaveCount(2);

  await page.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(page.getByText('نُشر الخبر وظهر على الموقع.')).toBeVisible();
  const [id] = articleIdsByTitle(title);
  await page.goto(`/news/${id}`);
  const gallery = page.getByRole('region', { name: 'معرض صور' });
  await expect(gallery.locator('[aria-live="polite"]')).toHaveText('1 من 2');
  await expect(gallery.getByRole('img', { name: 'رفوف المخطوطات' })).toBeAttached();
  await expect(gallery.getByRole('img', { name: 'واجهة المكتبة' })).toBeAttached();
  await expect(gallery).toContainText('قاعة المخطوطات');
  await expect(gallery).toContainText('أرشيف البوابة');
});

test('in English the right arrow is "next"', async ({ page }) => {
  const story = demoArticles.find((candidate) => candidate.key === 'en-historic-cairo')!;
  await page.goto(`/en/news/${articleIdByTitle(story.title)}`);
  const gallery = page.getByRole('region', { name: 'Photo gallery' });
  const counter = gallery.locator('[aria-live="polite"]');
  await expect(counter).toHaveText('1 of 3');
  await gallery.getByRole('list').focus();
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('2 of 3');
  await expect(gallery.getByRole('listitem').nth(1)).toBeInViewport({ ratio: 0.9 });
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('1 of 3');
});
