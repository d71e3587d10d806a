import { expect, test } from '@playwright/test';
import { toNewsroomInput } from '../lib/dates';
import { SEED_MASTHEAD } from '../db/seed/seed-article';
import { articleIdsByTitle, articleRow, sqlValue } from './support/database';
import { fillStory, signIn } from './support/admin';
import { ORIGIN } from './support/origin';
import { captureActionPost, replayHeaders, withField } from './support/actions';

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
  await page.getByLabel('صورة من المكتبة').selectOption({ label: 'lab.webp' });
  await page.getByRole('button', { name: 'إدراج الصورة' }).click();
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
  await expect(page.locator('.article-body img[src="/demo/lab.webp"]')).toBeAttached();
});

test('<script> and onerror= in a posted body never reach a reader', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `خبر نصه عدائي ${Date.now()}`;
  await fillStory(page, title, 'نص عادي.');
  const save = await captureActionPost(
    page,
    () => page.getByRole('button', { name: 'حفظ', exact: true }).click(),
    'intent',
  );
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const hostileTitle = `${title} منشور`;
  let forged = withField(save.postData()!, 'title', hostileTitle);
  forged = withField(forged, 'intent', 'publish');
  forged = withField(
    forged,
    'body',
    '<p>قبل<script>window.hacked=1</script><img src="x" onerror="window.hacked=1"><a href="javascript:window.hacked=1">رابط</a></p><h2 onclick="window.hacked=1">عنوان</h2>',
  );
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
  const save = await captureActionPost(
    page,
    () => page.getByRole('button', { name: 'حفظ', exact: true }).click(),
    'intent',
  );
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const publish = () =>
    withField(withField(save.postData()!, 'intent', 'publish'), 'version', String(articleRow(id)!.version));

  const asWriter = await page.request.post(save.url(), { headers: replayHeaders(save), data: publish() });
  expect(await asWriter.text()).toContain('ليست لديك صلاحية لهذا الإجراء.');
  expect(articleRow(id)?.status).toBe('draft');

  const anonymous = await playwright.request.newContext({ baseURL: ORIGIN });
  const asNobody = await anonymous.post(save.url(), { headers: replayHeaders(save), data: publish() });
  expect(await asNobody.text()).toContain('انتهت جلستك أو لم تسجّل الدخول');
  await anonymous.dispose();
  expect(articleRow(id)?.status).toBe('draft');

  // The same request from an editor's session is a real publication: the check above is what refused it.
  const editorContext = await browser.newContext({ locale: 'ar', baseURL: ORIGIN });
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, 'editor');
  // The writer's open form holds the story; the editor takes it over first, as in the newsroom.
  await editorPage.goto(`/admin/articles/${id}`);
  await editorPage.getByRole('button', { name: 'تولَّ التحرير' }).click();
  await expect(editorPage.getByRole('button', { name: 'تولَّ التحرير' })).toHaveCount(0);
  await editorPage.request.post(save.url(), { headers: replayHeaders(save), data: publish() });
  await editorContext.close();
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
  const save = await captureActionPost(
    page,
    () => page.getByRole('button', { name: 'حفظ', exact: true }).click(),
    'intent',
  );
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const anonymous = await playwright.request.newContext({ baseURL: ORIGIN });
  const publish = withField(withField(save.postData()!, 'intent', 'publish'), 'title', `${title} مزور`);
  await anonymous.post(save.url(), { headers: replayHeaders(save), data: publish });
  await anonymous.dispose();
  expect(articleIdsByTitle(`${title} مزور`)).toEqual([]);
  expect(articleRow(articleIdsByTitle(title)[0])?.status).toBe('draft');
});

test('a scheduled story is invisible before its time and visible after', async ({ page, request }) => {
  // Far enough ahead that a slow machine still checks "before" before the time comes.
  test.setTimeout(60_000);
  await signIn(page, 'editor');
  const title = `خبر مجدول ${Date.now()}`;
  await fillStory(page, title, 'نص الخبر المجدول.');
  const at = Date.now() + 20_000;
  await page.getByLabel('موعد النشر (للجدولة)').fill(toNewsroomInput(at, undefined, true));
  await page.getByRole('button', { name: 'جدولة' }).click();
  await expect(page.getByText('جُدول الخبر.')).toBeVisible();
  const [id] = articleIdsByTitle(title);
  expect((await request.get(`/news/${id}`, { maxRedirects: 0 })).status()).toBe(404);
  await page.goto('/section/science-tech');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await page.waitForTimeout(Math.max(0, at - Date.now()));
  // The cached "not found" expires at the scheduled second; the first request after it regenerates.
  await expect
    .poll(async () => (await request.get(`/news/${id}`, { maxRedirects: 0 })).status(), { timeout: 10_000 })
    .toBe(308);
  await page.goto(`/news/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

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
    stale.getByRole('alert').filter({ hasText: 'عدّل شخص آخر هذا الخبر بعد أن فتحته (محرر الاختبار' }),
  ).toBeVisible();
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

test('an admin edits the masthead and every page shows it; an editor cannot', async ({ page, browser }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'الترويسة' }).click();
  await page.getByLabel('رئيس التحرير (بالعربية)').fill('');
  await page.getByRole('button', { name: 'حفظ الترويسة' }).click();
  await expect(page.getByText('هذا الحقل مطلوب.')).toBeVisible();
  await page.getByLabel('رئيس التحرير (بالعربية)').fill('رئيس تحرير جديد للاختبار');
  await page.getByRole('button', { name: 'حفظ الترويسة' }).click();
  await expect(page.getByText('حُفظت الترويسة وظهرت على الموقع.')).toBeVisible();
  await page.goto('/section/world');
  await expect(page.getByRole('banner').getByText('رئيس تحرير جديد للاختبار')).toBeVisible();
  // Put the seed masthead back for the journeys that read it.
  await page.goto('/admin/settings');
  await page.getByLabel('رئيس التحرير (بالعربية)').fill(SEED_MASTHEAD.editorInChiefAr);
  await page.getByRole('button', { name: 'حفظ الترويسة' }).click();
  await expect(page.getByText('حُفظت الترويسة وظهرت على الموقع.')).toBeVisible();

  const editorContext = await browser.newContext({ locale: 'ar', baseURL: ORIGIN });
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, 'editor');
  await expect(editorPage.getByRole('link', { name: 'الترويسة' })).toHaveCount(0);
  expect((await editorPage.goto('/admin/settings'))?.status()).toBe(404);
  await editorContext.close();
});

test('editors reorder and clear «أهم الأخبار» on the board, and the top list follows at once', async ({ page }) => {
  await signIn(page, 'editor');
  await page.getByRole('link', { name: 'أهم الأخبار' }).click();
  const board = page.getByTestId('top-board').first();
  const titles = async () =>
    (await board.locator('li > span.flex-1').allInnerTexts()).map((text) => text.replace(/\s*\([^)]*\)$/, ''));
  const ranked = async () => {
    await page.goto('/top');
    return page.getByTestId('top-news-page').getByRole('heading', { level: 2 }).allInnerTexts();
  };
  await expect(board.getByRole('listitem').nth(1)).toBeVisible();
  // The last two slots, so the stories other journeys rely on keep their places.
  const before = await titles();
  const [penultimate, last] = before.slice(-2);
  await board.getByRole('button', { name: `أعلى: ${last}` }).click();
  await expect(page.getByText('حُدّث ترتيب «أهم الأخبار».')).toBeVisible();
  await expect.poll(async () => (await titles()).slice(-2)).toEqual([last, penultimate]);
  const reordered = await titles();
  expect((await ranked()).slice(0, reordered.length)).toEqual(reordered);

  await page.goto('/admin/top-news');
  await board.getByRole('button', { name: `إزالة: ${penultimate}` }).click();
  await expect(page.getByText('حُدّث ترتيب «أهم الأخبار».')).toBeVisible();
  await expect.poll(titles).not.toContain(penultimate);
  const remaining = await titles();
  expect((await ranked()).slice(0, remaining.length)).toEqual(remaining);
});

test('editors pin a published story on the board until a time of their choosing', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/top-news');
  const story = page.getByLabel('الخبر').first();
  const title = (await story.locator('option').first().innerText()).trim();
  await page
    .getByLabel('ينتهي التثبيت في (اختياري)')
    .first()
    .fill(toNewsroomInput(Date.now() - 60_000));
  await page.getByRole('button', { name: 'ثبّت' }).first().click();
  await expect(page.getByRole('alert').filter({ hasText: 'اكتب موعدًا صحيحًا في المستقبل' }).first()).toBeVisible();

  const until = Date.now() + 3_600_000;
  await page.getByLabel('ينتهي التثبيت في (اختياري)').first().fill(toNewsroomInput(until));
  await page.getByRole('button', { name: 'ثبّت' }).first().click();
  await expect(page.getByText('حُدّث ترتيب «أهم الأخبار».')).toBeVisible();
  const slot = page.getByTestId('top-board').first().getByRole('listitem').filter({ hasText: title });
  await expect(slot).toContainText('حتى');
  const [id] = articleIdsByTitle(title);
  expect(Math.abs(sqlValue<number>('select top_until from articles where id = ?', id) - until)).toBeLessThan(60_000);

  await page.goto('/top');
  await expect(page.getByTestId('top-news-page').getByRole('heading', { level: 2, name: title })).toBeVisible();
  await page.goto('/admin/top-news');
  await page
    .getByTestId('top-board')
    .first()
    .getByRole('button', { name: `إزالة: ${title}` })
    .click();
  await expect(page.getByText('حُدّث ترتيب «أهم الأخبار».')).toBeVisible();
});

test('editors create, rename, reorder and delete sections; a section with stories stays', async ({ page }) => {
  await signIn(page, 'editor');
  await page.getByRole('link', { name: 'الأقسام' }).click();
  await page.getByLabel('الرابط المختصر').fill('health');
  await page.getByLabel('الاسم بالعربية', { exact: true }).fill('صحة');
  await page.getByLabel('الاسم بالإنجليزية', { exact: true }).fill('Health');
  await page.getByRole('button', { name: 'إضافة القسم' }).click();
  await expect(page.getByRole('status')).toHaveText('حُفظت الأقسام وظهرت على الموقع.');

  await page.getByLabel('الاسم بالعربية: health').fill('الصحة والطب');
  await page.getByRole('button', { name: 'حفظ الاسم: health' }).click();
  await expect(page.getByRole('status')).toHaveText('حُفظت الأقسام وظهرت على الموقع.');
  await page.getByRole('button', { name: 'أعلى: health' }).click();
  await expect(page.getByRole('status')).toHaveText('حُفظت الأقسام وظهرت على الموقع.');

  const menu = async () => {
    await page.goto('/');
    return page.getByRole('navigation', { name: 'الأقسام' }).first().getByRole('link').allInnerTexts();
  };
  await expect
    .poll(async () => {
      const names = await menu();
      return names.indexOf('علوم وتكنولوجيا') - names.indexOf('الصحة والطب');
    })
    .toBe(1);
  expect((await page.goto('/section/health'))?.status()).toBe(200);

  // Straight after a successful save on the same page, the refusal must be what is announced.
  await page.goto('/admin/sections');
  await page.getByRole('button', { name: 'حفظ الاسم: health' }).click();
  await expect(page.getByRole('status')).toHaveText('حُفظت الأقسام وظهرت على الموقع.');
  await page.getByRole('button', { name: 'حذف: world' }).click();
  await expect(page.getByRole('status')).toHaveText(/^لا يُحذف قسم فيه أخبار، ولو محذوفة أو مسودات/);
  await page.getByRole('button', { name: 'حذف: health' }).click();
  await expect(page.getByRole('status')).toHaveText('حُفظت الأقسام وظهرت على الموقع.');
  await expect.poll(menu).not.toContain('الصحة والطب');
  expect(await menu()).toContain('عربي ودولي');
});
