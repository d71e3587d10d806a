import { expect, test } from '@playwright/test';
import { articleIdsByTitle, articleRow } from './support/database';
import { fillStory, signIn } from './support/admin';

// The story form keeps what was typed when a save is refused.

test('a save from a stale tab gets the conflict message and keeps what was typed', async ({ page, context }) => {
  await signIn(page, 'editor');
  const title = `خبر لتعديلين ${Date.now()}`;
  await fillStory(page, title, 'النص الأول.');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const editUrl = page.url().replace(/\?.*$/, '');

  const stale = await context.newPage();
  await stale.goto(editUrl);
  await page.getByLabel('العنوان', { exact: true }).fill(`${title} - نسخة أولى`);
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();

  await stale.getByLabel('العنوان', { exact: true }).fill(`${title} - نسخة ثانية`);
  await stale.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(
    // The other save was this editor's own, from the first tab.
    stale.getByRole('alert').filter({ hasText: 'حفظتَ هذا الخبر من نافذة أخرى بعد أن فتحته هنا' }),
  ).toBeVisible();
  // The refusal is where the focus is, not below the fold.
  await expect(stale.getByTestId('error-summary')).toBeFocused();
  await expect(stale.getByLabel('العنوان', { exact: true })).toHaveValue(`${title} - نسخة ثانية`);
  expect(articleRow(articleIdsByTitle(`${title} - نسخة أولى`)[0])?.title).toBe(`${title} - نسخة أولى`);
});

test('invalid input gets field-level Arabic messages and nothing typed is lost', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  await page.getByLabel('الملخص').fill('ملخص بلا عنوان');
  await page.getByLabel('الرابط المختصر').fill('رابط غير صالح!');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  // Exact: the error summary at the top repeats each message after its field's name.
  await expect(page.getByText('هذا الحقل مطلوب.', { exact: true })).toBeVisible();
  await expect(page.getByText('الرابط المختصر يقبل الحروف والأرقام والشرطات فقط.', { exact: true })).toBeVisible();
  await expect(page.getByLabel('الملخص')).toHaveValue('ملخص بلا عنوان');
});
