import { expect, test } from '@playwright/test';
import { articleIdsByTitle, articleRow, sqlValue } from './support/database';
import { captureActionPost, replayHeaders, withField } from './support/actions';
import { fillStory, signIn } from './support/admin';
import { ORIGIN } from './support/origin';
import { SEED_MASTHEAD } from '../db/seed/seed-article';

test('the second editor sees who holds a story, cannot save over them, and can take it over', async ({
  page,
  browser,
}) => {
  await signIn(page, 'editor');
  const title = `خبر يحرّره اثنان ${Date.now()}`;
  await fillStory(page, title, 'نص أول.');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const [id] = articleIdsByTitle(title);

  const other = await browser.newContext({ locale: 'ar', baseURL: ORIGIN });
  const second = await other.newPage();
  await signIn(second, 'admin');
  await second.goto(`/admin/articles/${id}`);
  await expect(second.getByTestId('editing-session').getByRole('alert')).toContainText(
    'يحرّر محرر الاختبار هذا الخبر الآن',
  );
  await second.getByLabel('العنوان', { exact: true }).fill(`${title} (المدير)`);
  await second.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(
    second.getByText('يحرّر محرر الاختبار هذا الخبر الآن، فلم نحفظ شيئًا فوق عمله.', { exact: false }).first(),
  ).toBeVisible();
  await expect(second.getByLabel('العنوان', { exact: true })).toHaveValue(`${title} (المدير)`);
  expect(articleRow(id)?.title).toBe(title);

  await second.getByRole('button', { name: 'تولَّ التحرير' }).click();
  await expect(second.getByRole('button', { name: 'تولَّ التحرير' })).toHaveCount(0);
  await second.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(second.getByText('حُفظ الخبر.')).toBeVisible();
  expect(articleRow(id)?.title).toBe(`${title} (المدير)`);

  // The first editor's tab no longer holds the story: its save is refused and nothing typed is lost.
  await page.getByLabel('العنوان', { exact: true }).fill(`${title} (المحرر)`);
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('يحرّر مدير الاختبار هذا الخبر الآن', { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel('العنوان', { exact: true })).toHaveValue(`${title} (المحرر)`);
  expect(articleRow(id)?.title).toBe(`${title} (المدير)`);
  await other.close();
});

test('an unsaved new story is autosaved and comes back after the tab is closed', async ({ page, context }) => {
  await page.clock.install();
  await signIn(page, 'writer');
  const title = `مسودة لم تُحفظ ${Date.now()}`;
  await fillStory(page, title, 'فقرة كُتبت ولم تُحفظ.');
  await page.clock.runFor(21_000);
  await expect(page.getByTestId('editing-session')).toContainText('حُفظت تعديلاتك تلقائيًا');
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto('/admin/articles/new');
  await expect(reopened.getByText('لديك تعديلات حُفظت تلقائيًا')).toBeVisible();
  await reopened.getByRole('link', { name: 'استعِدها' }).click();
  await expect(reopened.getByLabel('العنوان', { exact: true })).toHaveValue(title);
  await expect(reopened.getByRole('textbox', { name: 'نص الخبر' })).toContainText('فقرة كُتبت ولم تُحفظ.');
  await reopened.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(reopened.getByText('حُفظ الخبر.')).toBeVisible();
  await reopened.goto('/admin/articles/new');
  await expect(reopened.getByLabel('العنوان', { exact: true })).toHaveValue('');
  await expect(reopened.getByText('لديك تعديلات حُفظت تلقائيًا')).toHaveCount(0);
});

test('every save is kept in the history and an earlier version can be restored', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `خبر بنسخ متعددة ${Date.now()}`;
  await fillStory(page, title, 'النص الأصلي.');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  await page.getByLabel('العنوان', { exact: true }).fill(`${title} بعد التعديل`);
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('النسخة 2', { exact: false })).toBeVisible();
  const [id] = articleIdsByTitle(`${title} بعد التعديل`);

  await page.getByRole('link', { name: 'سجل النسخ' }).click();
  const history = page.getByRole('list', { name: 'سجل النسخ' });
  await expect(history.getByRole('heading', { level: 2 })).toHaveCount(2);
  await expect(history.getByRole('heading', { level: 2 }).first()).toContainText('النسخة 2 · محرر الاختبار');
  await history.getByRole('button', { name: 'استعادة النسخة 1' }).click();
  await expect(page.getByText('استُعيدت النسخة المختارة وحُفظت نسخةً جديدة.')).toBeVisible();
  await expect(page.getByLabel('العنوان', { exact: true })).toHaveValue(title);
  expect(articleRow(id)).toMatchObject({ title, version: 3 });
  await page.getByRole('link', { name: 'سجل النسخ' }).click();
  await expect(history.getByRole('heading', { level: 2 })).toHaveCount(3);
});

test('an editor deletes a draft after confirming, finds it among the deleted stories, and brings it back', async ({
  page,
}) => {
  await signIn(page, 'editor');
  const title = `مسودة للحذف ${Date.now()}`;
  await fillStory(page, title, 'نص سيُحذف ثم يعود.');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const [id] = articleIdsByTitle(title);

  // Declining the question sends nothing: a save made after it is the story's next version.
  const sentIntents: string[] = [];
  page.on('request', (request) => {
    const intent = /name="(?:_?\d+_)?intent"\r\n\r\n(\w+)/.exec(request.postData() ?? '')?.[1];
    if (request.method() === 'POST' && intent) sentIntents.push(intent);
  });
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: 'حذف الخبر' }).click();
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect.poll(() => articleRow(id)?.version).toBe(2);
  expect(sentIntents).toEqual(['save']);
  expect(articleRow(id)?.status).toBe('draft');

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'حذف الخبر' }).click();
  await expect(page.getByText('حُذف الخبر، ويمكن إعادته من هنا.')).toBeVisible();
  expect(articleRow(id)?.status).toBe('deleted');
  await expect(page.getByRole('button', { name: 'حفظ', exact: true })).toHaveCount(0);

  await page.goto(`/admin?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await page.goto(`/admin?q=${encodeURIComponent(title)}&status=deleted`);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'إعادة الخبر مسودةً' }).click();
  await expect(page.getByText('أُعيد الخبر مسودةً.')).toBeVisible();
  expect(articleRow(id)?.status).toBe('draft');
  expect(
    sqlValue<number>(
      "SELECT count(*) FROM audit_log WHERE subject = ? AND action IN ('delete', 'recover')",
      `article:${id}`,
    ),
  ).toBe(2);
});

test('a public story offers no delete until it is unpublished, and a forged delete is refused', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `خبر منشور لا يُحذف ${Date.now()}`;
  await fillStory(page, title, 'نص منشور.');
  await page.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(page.getByText('نُشر الخبر وظهر على الموقع.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'حذف الخبر' })).toHaveCount(0);
  const [id] = articleIdsByTitle(title);
  const save = await captureActionPost(
    page,
    () => page.getByRole('button', { name: 'حفظ', exact: true }).click(),
    'intent',
  );
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const remove = withField(withField(save.postData()!, 'intent', 'delete'), 'version', String(articleRow(id)!.version));
  const refused = await page.request.post(save.url(), { headers: replayHeaders(save), data: remove });
  expect(await refused.text()).toContain('ليست لديك صلاحية لهذا الإجراء.');
  expect(articleRow(id)?.status).toBe('published');
});

test('a draft previews inside the reader site, for staff only', async ({ page, playwright }) => {
  await signIn(page, 'writer');
  const title = `مسودة تُعاين قبل النشر ${Date.now()}`;
  await fillStory(page, title, 'فقرة المعاينة.');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const [id] = articleIdsByTitle(title);

  await page.getByRole('link', { name: 'معاينة' }).click();
  await expect(page.getByRole('status')).toContainText('هكذا سيرى القراء هذا الخبر');
  await expect(page.getByRole('banner').getByText(SEED_MASTHEAD.siteNameAr, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('فقرة المعاينة.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'أهم الأخبار' })).toBeVisible();
  await page.getByRole('link', { name: 'العودة إلى التحرير' }).click();
  await expect(page.getByLabel('العنوان', { exact: true })).toHaveValue(title);

  expect((await page.request.get(`/news/${id}`)).status()).toBe(404);
  const anonymous = await playwright.request.newContext({ baseURL: ORIGIN });
  const signedOut = await anonymous.get(`/admin/articles/${id}/preview`);
  expect(await signedOut.text()).not.toContain(title);
  await anonymous.dispose();
});
