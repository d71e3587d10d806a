import { expect, test, type Page } from '@playwright/test';
import { articleIdsByTitle, insertPublishedStory, runSql } from './support/database';
import { fillStory, signIn } from './support/admin';

// The story form, second pass (issue 12): the headline's count, the standfirst, the live preview,
// the revisions' diff, the newsroom's time zone, Ctrl/Cmd+S and the action bar on a phone.

const headline = (page: Page) => page.getByLabel('العنوان', { exact: true });
const saveButton = (page: Page) => page.getByRole('button', { name: 'حفظ', exact: true });

test('the headline grows as it wraps, counts its characters and warns past 60', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  const box = headline(page);
  await expect(box).toHaveJSProperty('tagName', 'TEXTAREA');
  const oneLine = (await box.boundingBox())!.height;

  await box.fill('ا'.repeat(60));
  await expect(page.getByText('60 من 60 حرفًا')).toBeVisible();
  await expect(page.getByText('تقطعه نتائج البحث')).toHaveCount(0);

  await box.pressSequentially('ب');
  await expect(page.getByText('61 من 60 حرفًا')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'العنوان أطول من 60 حرفًا' })).toBeVisible();
  await expect(box).toHaveAttribute('aria-describedby', /field-title-warning/);

  await box.fill('كلمة '.repeat(50).trim());
  expect((await box.boundingBox())!.height).toBeGreaterThan(oneLine * 1.5);
  await box.press('Enter');
  await expect(box).not.toHaveValue(/\n/);
});

test('the excerpt stands under the headline on the article page', async ({ page }) => {
  const title = `خبر بتمهيد ${Date.now()}`;
  const id = insertPublishedStory('world', title);
  const excerpt = `تمهيد الخبر كما كتبه المحرر ${id}`;
  runSql('update articles set excerpt = ? where id = ?', excerpt, id);
  await page.goto(`/news/${id}/x`);
  const standfirst = page.getByTestId('standfirst');
  await expect(standfirst).toHaveText(excerpt);
  // Directly under the headline, before the byline and dates.
  const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  const below = (await standfirst.boundingBox())!;
  expect(below.y).toBeGreaterThanOrEqual(heading.y + heading.height);
  expect(below.y - (heading.y + heading.height)).toBeLessThan(40);
});

test('the search and social previews follow what is typed', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  const preview = page.getByTestId('story-preview');
  await headline(page).fill('انطلاق معرض الكتاب');
  await page.getByLabel('الملخص').fill('يفتح المعرض أبوابه صباح الغد.');
  await expect(preview.getByTestId('preview-title')).toHaveText('انطلاق معرض الكتاب');
  await expect(preview.getByTestId('preview-description')).toHaveText('يفتح المعرض أبوابه صباح الغد.');
  await expect(preview.getByTestId('preview-url')).toHaveText(/\/news\/…\/انطلاق-معرض-الكتاب$/);

  await page.getByLabel('الرابط المختصر').fill('book-fair');
  await page.getByLabel('عنوان محركات البحث (اختياري)').fill('معرض الكتاب يفتح غدًا');
  await expect(preview.getByTestId('preview-url')).toHaveText(/\/news\/…\/book-fair$/);
  await expect(preview.getByTestId('preview-title')).toHaveText('معرض الكتاب يفتح غدًا');

  await expect(preview.getByTestId('preview-image')).toHaveCount(0);
  const lead = page.getByLabel('الصورة الرئيسية');
  const firstImage = await lead.locator('option').nth(1).getAttribute('value');
  await lead.selectOption(firstImage!);
  await expect(preview.getByTestId('preview-image')).toBeVisible();
  await expect(preview.getByTestId('preview-image')).toHaveAttribute('src', /\S/);
});

test('the revisions page shows an inserted and a deleted word between two versions', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `قال الوزير اليوم ${Date.now()}`;
  await fillStory(page, title, 'افتتح الوزير المعرض صباحًا.');
  await saveButton(page).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const [id] = articleIdsByTitle(title);

  await headline(page).fill(title.replace('الوزير', 'الرئيس'));
  await saveButton(page).click();
  await expect(page.getByText('النسخة 2')).toBeVisible();

  await page.goto(`/admin/articles/${id}/revisions`);
  const titleDiff = page.getByTestId('diff-title');
  await expect(titleDiff.locator('del')).toHaveText('الوزير');
  await expect(titleDiff.locator('ins')).toHaveText('الرئيس');
  await expect(titleDiff).toHaveAttribute('dir', 'auto');
  await expect(page.getByLabel('من النسخة')).toHaveValue('1');
  await expect(page.getByLabel('إلى النسخة')).toHaveValue('2');

  // The same version on both sides: nothing to show.
  await page.getByLabel('من النسخة').selectOption('2');
  await page.getByRole('button', { name: 'قارن' }).click();
  await expect(page.getByText('لا فرق في النص بين النسختين.')).toBeVisible();
});

test('schedule and expiry name the newsroom zone and echo the time in Arabic', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  await expect(page.getByTestId('newsroom-zone')).toContainText('Africa/Cairo');
  await expect(page.getByTestId('newsroom-zone')).toContainText('بتوقيت غرفة الأخبار');
  const publishAt = page.getByLabel('موعد النشر (للجدولة)');
  await publishAt.fill('2026-12-03T14:30');
  await expect(page.getByText(/^أي: الخميس، 3 ديسمبر 2026/)).toBeVisible();
  await expect(publishAt).toHaveAttribute('aria-describedby', 'field-publishAt-hint');
  await expect(page.locator('#field-publishAt-hint')).toContainText('2:30 م');
});

test('Ctrl+S saves the story like the save button, and Cmd+S too', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `خبر يُحفظ من لوحة المفاتيح ${Date.now()}`;
  await fillStory(page, title, 'نص.');
  await headline(page).focus();
  await page.keyboard.press('Control+s');
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  expect(articleIdsByTitle(title)).toHaveLength(1);

  await headline(page).fill(`${title} معدّل`);
  // The browser's own "save page" dialog is what a default-prevented keydown stops.
  await page.evaluate(() =>
    window.addEventListener('keydown', (event) => {
      if (event.code === 'KeyS')
        setTimeout(() => (document.documentElement.dataset.savePrevented = String(event.defaultPrevented)));
    }),
  );
  await page.keyboard.press('Meta+s');
  await expect(page.locator('html')).toHaveAttribute('data-save-prevented', 'true');
  await expect(page.getByText('النسخة 2')).toBeVisible();
  expect(articleIdsByTitle(`${title} معدّل`)).toHaveLength(1);
});

test('at 390 px the action bar stays in view and leaves a field’s message uncovered', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  const bar = page.getByTestId('action-bar');
  for (const label of ['الملخص', 'الكلمات المفتاحية']) {
    await page.getByLabel(label).scrollIntoViewIfNeeded();
    await expect(saveButton(page)).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'نشر الآن' })).toBeInViewport({ ratio: 1 });
  }

  await page.getByLabel('الرابط المختصر').fill('رابط غير صالح!');
  await page.getByRole('button', { name: 'نشر الآن' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: /^الرابط المختصر/ }).click();
  await expect(page.getByLabel('الرابط المختصر')).toBeFocused();
  const message = page.locator('#field-slug-error');
  await expect(message).toBeInViewport({ ratio: 1 });
  const [messageBox, barBox] = [(await message.boundingBox())!, (await bar.boundingBox())!];
  expect(messageBox.y + messageBox.height).toBeLessThanOrEqual(barBox.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // A long headline makes a long address in the preview: it is cut, the page stays as wide as the phone.
  await page.getByLabel('الرابط المختصر').fill('');
  await headline(page).fill('مجلس النواب يقر نهائيا قانون الإدارة المحلية تمهيدا لانتخابات المجالس الشعبية');
  await expect(page.getByTestId('preview-url')).toContainText('مجلس-النواب');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // A saved draft has the most buttons (save, review, publish, schedule, delete): they wrap, never widen the page.
  await headline(page).fill(`خبر بأزرار كثيرة ${Date.now()}`);
  await saveButton(page).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  await expect(bar.getByRole('button')).toHaveCount(5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const button of await bar.getByRole('button').all()) await expect(button).toBeInViewport({ ratio: 1 });
});
