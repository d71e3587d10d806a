import { expect, type Browser, type Page, type Request } from '@playwright/test';
import { captureActionPost } from './actions';
import { ensureStaff } from './database';
import { ORIGIN } from './origin';

/** Signs a staff member of that role in through the form. */
export async function signIn(page: Page, role: 'writer' | 'editor' | 'admin') {
  const { email, password } = await ensureStaff(role);
  await page.goto('/admin/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'الأخبار', exact: true })).toBeVisible();
}

/** Opens a new story and fills its headline, excerpt and body, in the science section unless told otherwise. */
export async function fillStory(page: Page, title: string, body: string, section = 'علوم وتكنولوجيا') {
  await page.goto('/admin/articles/new');
  await page.getByLabel('العنوان', { exact: true }).fill(title);
  await page.getByLabel('الملخص').fill(`ملخص: ${title}`);
  const editor = page.getByRole('textbox', { name: 'نص الخبر' });
  await editor.click();
  await editor.pressSequentially(body);
  await page.getByLabel('القسم').selectOption({ label: section });
}

/** A second browser of that role's, beside the test's own page; close it with `page.context().close()`. */
export async function signedInPage(browser: Browser, role: 'writer' | 'editor' | 'admin'): Promise<Page> {
  const context = await browser.newContext({ locale: 'ar', baseURL: ORIGIN });
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

/** Saves the open story, returning the POST the form sent (to replay, forged). */
export async function captureSave(page: Page): Promise<Request> {
  const save = await captureActionPost(
    page,
    () => page.getByRole('button', { name: 'حفظ', exact: true }).click(),
    'intent',
  );
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  return save;
}
