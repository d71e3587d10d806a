import { expect, test, type Page } from '@playwright/test';
import { SEED_MASTHEAD } from '../db/seed/seed-article';
import { signedInPage, signIn } from './support/admin';

// The masthead is the whole site's: changed here, and put back whatever happens,
// since the reader specs check the seed's masthead on every page.

async function saveEditorInChief(page: Page, name: string) {
  await page.goto('/admin/settings');
  await page.getByLabel('رئيس التحرير (بالعربية)').fill(name);
  await page.getByRole('button', { name: 'حفظ الترويسة' }).click();
}

test('an admin edits the masthead and every page shows it; an editor cannot', async ({ page, browser }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'الترويسة' }).click();
  await expect(page.getByLabel('رئيس التحرير (بالعربية)')).toHaveValue(SEED_MASTHEAD.editorInChiefAr);
  await saveEditorInChief(page, '');
  await expect(page.getByText('هذا الحقل مطلوب.')).toBeVisible();
  try {
    await saveEditorInChief(page, 'رئيس تحرير جديد للاختبار');
    await expect(page.getByText('حُفظت الترويسة وظهرت على الموقع.')).toBeVisible();
    await page.goto('/section/world');
    await expect(page.getByRole('banner').getByText('رئيس تحرير جديد للاختبار')).toBeVisible();
  } finally {
    await saveEditorInChief(page, SEED_MASTHEAD.editorInChiefAr);
    await expect(page.getByText('حُفظت الترويسة وظهرت على الموقع.')).toBeVisible();
  }
  await page.goto('/section/world');
  await expect(page.getByRole('banner').getByText(SEED_MASTHEAD.editorInChiefAr)).toBeVisible();

  const editorPage = await signedInPage(browser, 'editor');
  await expect(editorPage.getByRole('link', { name: 'الترويسة' })).toHaveCount(0);
  expect((await editorPage.goto('/admin/settings'))?.status()).toBe(404);
  await editorPage.context().close();
});
