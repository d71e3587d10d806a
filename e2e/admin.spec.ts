import { expect, test, type Page, type Request } from '@playwright/test';
import { toNewsroomInput } from '../lib/dates';
import { articleIdsByTitle, articleRow, ensureStaff } from './support/database';

async function signIn(page: Page, role: 'writer' | 'editor') {
  const { email, password } = await ensureStaff(role);
  await page.goto('/admin/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill(password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'الأخبار', exact: true })).toBeVisible();
}

async function fillStory(page: Page, title: string, body: string) {
  await page.goto('/admin/articles/new');
  await page.getByLabel('العنوان', { exact: true }).fill(title);
  await page.getByLabel('الملخص').fill(`ملخص: ${title}`);
  await page.getByLabel('نص الخبر').fill(body);
  await page.getByLabel('القسم').selectOption({ label: 'علوم وتكنولوجيا' });
}

/** The POST a form button sends to its server action, captured for replay. */
async function captureActionPost(page: Page, click: () => Promise<void>): Promise<Request> {
  const [request] = await Promise.all([page.waitForRequest((candidate) => candidate.method() === 'POST' && Boolean(candidate.headers()['next-action'])), click()]);
  return request;
}

const replayHeaders = (request: Request) => ({ 'next-action': request.headers()['next-action'], 'content-type': request.headers()['content-type'], accept: 'text/x-component' });

test('an editor writes, publishes and pins a story, and readers see it at once', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `مرصد فلكي جديد في أسوان ${Date.now()}`;
  await fillStory(page, title, '<p>افتتحت الجامعة مرصدًا جديدًا.</p><h2>تفاصيل المرصد الجديد</h2><p>نص <script>window.hacked=1</script><img src="x" onerror="window.hacked=1"> آخر.</p>');
  await page.getByLabel('الصورة الرئيسية').selectOption({ label: 'lab.webp' });
  await page.getByLabel('وصف الصورة للقارئ الآلي').fill('قبة المرصد ليلًا');
  await page.getByLabel('تعليق الصورة').fill('المرصد الجديد في أسوان');
  await page.getByLabel('الترتيب في «أهم الأخبار» (فارغ = غير مثبّت)').fill('1');
  await page.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(page.getByText('نُشر الخبر وظهر على الموقع.')).toBeVisible();

  await page.goto('/');
  await expect(page.getByTestId('top-news').getByRole('link').first()).toHaveText(title);
  await page.goto('/section/science-tech');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { level: 2, name: 'تفاصيل المرصد الجديد' })).toBeVisible();
  await expect(page.locator('figcaption')).toHaveText('المرصد الجديد في أسوان');
  const html = await page.content();
  expect(html).not.toContain('window.hacked');
  expect(html).not.toContain('onerror');
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});

test('a writer cannot publish: no button, and a forged POST is refused', async ({ page, playwright }) => {
  await signIn(page, 'writer');
  const title = `مسودة كاتب ${Date.now()}`;
  await fillStory(page, title, '<p>نص المسودة.</p>');
  await expect(page.getByRole('button', { name: 'نشر الآن' })).toHaveCount(0);
  const save = await captureActionPost(page, () => page.getByRole('button', { name: 'حفظ', exact: true }).click());
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const [id] = articleIdsByTitle(title);
  expect(articleRow(id)?.status).toBe('draft');

  // The same request with intent=publish, sent with the writer's session: refused.
  const forged = save.postData()!.replace(/(name="[^"]*intent"\r\n\r\n)save/, '$1publish');
  expect(forged).not.toBe(save.postData());
  await page.request.post(save.url(), { headers: replayHeaders(save), data: forged });
  expect(articleRow(id)?.status).toBe('draft');

  // And with no session at all: nothing is created.
  const anonymous = await playwright.request.newContext({ baseURL: 'http://localhost:3100' });
  await anonymous.post(save.url(), { headers: replayHeaders(save), data: save.postData()! });
  await anonymous.dispose();
  expect(articleIdsByTitle(title)).toEqual([id]);
});

test('a signed-out visitor cannot reach the admin or its actions', async ({ page, playwright }) => {
  const response = await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  expect(response?.status()).toBe(200);
  // A save captured from an editor's session, replayed without it.
  await signIn(page, 'editor');
  const title = `خبر للاختبار الأمني ${Date.now()}`;
  await fillStory(page, title, '<p>نص.</p>');
  const save = await captureActionPost(page, () => page.getByRole('button', { name: 'حفظ', exact: true }).click());
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const anonymous = await playwright.request.newContext({ baseURL: 'http://localhost:3100' });
  const publish = save.postData()!.replace(/(name="[^"]*intent"\r\n\r\n)save/, '$1publish').replace(`${title}`, `${title} مزور`);
  await anonymous.post(save.url(), { headers: replayHeaders(save), data: publish });
  await anonymous.dispose();
  expect(articleIdsByTitle(`${title} مزور`)).toEqual([]);
  expect(articleRow(articleIdsByTitle(title)[0])?.status).toBe('draft');
});

test('a scheduled story is invisible before its time and visible after', async ({ page, request }) => {
  await signIn(page, 'editor');
  const title = `خبر مجدول ${Date.now()}`;
  await fillStory(page, title, '<p>نص الخبر المجدول.</p>');
  const at = Date.now() + 12_000;
  await page.getByLabel('موعد النشر (للجدولة)').fill(toNewsroomInput(at, undefined, true));
  await page.getByRole('button', { name: 'جدولة' }).click();
  await expect(page.getByText('جُدول الخبر.')).toBeVisible();
  const [id] = articleIdsByTitle(title);
  expect((await request.get(`/news/${id}`, { maxRedirects: 0 })).status()).toBe(404);
  await page.goto('/section/science-tech');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await page.waitForTimeout(Math.max(0, at - Date.now()));
  // The cached "not found" expires at the scheduled second; the first request after it regenerates.
  await expect.poll(async () => (await request.get(`/news/${id}`, { maxRedirects: 0 })).status(), { timeout: 5_000 }).toBe(308);
  await page.goto(`/news/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('a save from a stale tab gets the conflict message and keeps what was typed', async ({ page, context }) => {
  await signIn(page, 'editor');
  const title = `خبر لتعديلين ${Date.now()}`;
  await fillStory(page, title, '<p>النص الأول.</p>');
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
  await expect(stale.getByRole('alert').first()).toContainText('عدّل شخص آخر هذا الخبر بعد أن فتحته (محرر الاختبار');
  await expect(stale.getByLabel('العنوان', { exact: true })).toHaveValue(`${title} - نسخة ثانية`);
  expect(articleRow(articleIdsByTitle(`${title} - نسخة أولى`)[0])?.title).toBe(`${title} - نسخة أولى`);
});

test('invalid input gets field-level Arabic messages and nothing typed is lost', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  await page.getByLabel('الملخص').fill('ملخص بلا عنوان');
  await page.getByLabel('الرابط المختصر').fill('رابط غير صالح!');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('هذا الحقل مطلوب.')).toBeVisible();
  await expect(page.getByText('الرابط المختصر يقبل الحروف والأرقام والشرطات فقط.')).toBeVisible();
  await expect(page.getByLabel('الملخص')).toHaveValue('ملخص بلا عنوان');
});

test('sign-in failures get one generic message', async ({ page }) => {
  await page.goto('/admin/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill('nobody@newsroom.test');
  await page.getByLabel('كلمة المرور').fill('wrong');
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page.getByText('البريد الإلكتروني أو كلمة المرور غير صحيحة.')).toBeVisible();
  await expect(page.getByLabel('البريد الإلكتروني')).toHaveValue('nobody@newsroom.test');
});
