import { expect, test } from '@playwright/test';
import { articleIdsByTitle, articleRow } from './support/database';
import { captureSave, fillStory, signedInPage, signIn } from './support/admin';
import { ORIGIN } from './support/origin';
import { replayHeaders, withFields } from './support/actions';

// Who may do what in the newsroom, tried through the forms and with forged requests.

test("a writer cannot publish: no button, and a forged POST is refused (an editor's is not)", async ({
  page,
  browser,
  playwright,
}) => {
  await signIn(page, 'writer');
  const title = `مسودة كاتب ${Date.now()}`;
  await fillStory(page, title, 'نص المسودة.');
  await expect(page.getByRole('button', { name: 'نشر الآن' })).toHaveCount(0);
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const [id] = articleIdsByTitle(title);
  // A save of the existing story: the request carries its id and version.
  const save = await captureSave(page);
  const publish = () => withFields(save.postData()!, { intent: 'publish', version: String(articleRow(id)!.version) });

  const asWriter = await page.request.post(save.url(), { headers: replayHeaders(save), data: publish() });
  expect(await asWriter.text()).toContain('ليست لديك صلاحية لهذا الإجراء.');
  expect(articleRow(id)?.status).toBe('draft');

  const anonymous = await playwright.request.newContext({ baseURL: ORIGIN });
  const asNobody = await anonymous.post(save.url(), { headers: replayHeaders(save), data: publish() });
  expect(await asNobody.text()).toContain('انتهت جلستك أو لم تسجّل الدخول');
  await anonymous.dispose();
  expect(articleRow(id)?.status).toBe('draft');

  // The same request from an editor's session is a real publication: the check above is what refused it.
  const editorPage = await signedInPage(browser, 'editor');
  // The writer's open form holds the story; the editor takes it over first, as in the newsroom.
  await editorPage.goto(`/admin/articles/${id}`);
  await editorPage.getByRole('button', { name: 'تولَّ التحرير' }).click();
  await expect(editorPage.getByRole('button', { name: 'تولَّ التحرير' })).toHaveCount(0);
  await editorPage.request.post(save.url(), { headers: replayHeaders(save), data: publish() });
  await editorPage.context().close();
  expect(articleRow(id)?.status).toBe('published');
});

test('a signed-out visitor cannot reach the admin or its actions', async ({ page, playwright }) => {
  const response = await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  expect(response?.status()).toBe(200);
  // A save captured from an editor's session, replayed without it.
  await signIn(page, 'editor');
  const title = `خبر للاختبار الأمني ${Date.now()}`;
  await fillStory(page, title, 'نص.');
  const save = await captureSave(page);
  const anonymous = await playwright.request.newContext({ baseURL: ORIGIN });
  const publish = withFields(save.postData()!, { intent: 'publish', title: `${title} مزور` });
  await anonymous.post(save.url(), { headers: replayHeaders(save), data: publish });
  await anonymous.dispose();
  expect(articleIdsByTitle(`${title} مزور`)).toEqual([]);
  expect(articleRow(articleIdsByTitle(title)[0])?.status).toBe('draft');
});

test('sign-in failures get one generic message', async ({ page }) => {
  // An account of the run's own: failures count against the address (one, under 20) and the account (this one).
  await page.goto('/admin/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill(`nobody-${Date.now()}@newsroom.test`);
  await page.getByLabel('كلمة المرور').fill('wrong');
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page.getByText('البريد الإلكتروني أو كلمة المرور غير صحيحة.')).toBeVisible();
  await expect(page.getByLabel('البريد الإلكتروني')).toHaveValue(/^nobody-\d+@newsroom\.test$/);
});
