import { expect, test, type Browser, type Page } from '@playwright/test';
import { articleIdsByTitle, ensureStaff, userIdByEmail } from './support/database';
import { fillStory, signIn } from './support/admin';
import { captureActionPost, replayHeaders, withField } from './support/actions';
import { ORIGIN } from './support/origin';

const freshPage = async (browser: Browser) => (await browser.newContext({ locale: 'ar', baseURL: ORIGIN })).newPage();
const memberRow = (page: Page, email: string) => page.locator('tr', { hasText: email });

test('an admin invites a writer, promotes and deactivates them, and the audit log tells it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const name = `كاتبة مدعوة ${stamp}`;
  const email = `invited-${stamp}@newsroom.test`;
  const password = 'a-new-long-password';

  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'فريق العمل' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'فريق العمل' })).toBeVisible();
  const invite = page.getByRole('region', { name: 'دعوة عضو جديد' });
  await invite.getByLabel('الاسم').fill(name);
  await invite.getByLabel('البريد الإلكتروني').fill('not-an-email');
  await invite.getByRole('button', { name: 'إنشاء الدعوة' }).click();
  await expect(invite.getByText('اكتب بريدًا إلكترونيًا صحيحًا.')).toBeVisible();
  await expect(invite.getByLabel('الاسم')).toHaveValue(name);
  await invite.getByLabel('البريد الإلكتروني').fill(email);
  await invite.getByLabel('الدور').selectOption({ label: 'كاتب' });
  await invite.getByRole('button', { name: 'إنشاء الدعوة' }).click();
  await expect(invite.getByRole('status')).toHaveText(`أُنشئ حساب ${name} ورابط دعوته.`);
  const link = await invite.getByLabel('رابط تعيين كلمة المرور').inputValue();
  expect(link).toMatch(new RegExp(`^${ORIGIN}/admin/invite/[A-Za-z0-9_-]{43}$`));
  await expect(memberRow(page, email)).toContainText('لم يعيّن كلمة مرور بعد');

  // The invited writer, in a browser of their own.
  const invitee = await freshPage(browser);
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { level: 1, name: 'تعيين كلمة المرور' })).toBeVisible();
  await invitee.getByLabel('كلمة المرور الجديدة').fill('short');
  await invitee.getByLabel('تأكيد كلمة المرور').fill('short');
  await invitee.getByRole('button', { name: 'حفظ كلمة المرور والدخول' }).click();
  await expect(invitee.getByText('كلمة المرور قصيرة: 10 أحرف على الأقل.')).toBeVisible();
  await invitee.getByLabel('كلمة المرور الجديدة').fill(password);
  await invitee.getByLabel('تأكيد كلمة المرور').fill(password);
  await invitee.getByRole('button', { name: 'حفظ كلمة المرور والدخول' }).click();
  await expect(invitee).toHaveURL(/\/admin$/);
  await expect(invitee.getByText(`مسجّل باسم ${name} (كاتب)`)).toBeVisible();
  await expect(invitee.getByRole('link', { name: 'أهم الأخبار' })).toHaveCount(0);

  // The link works once; the password it set works on the sign-in form.
  const other = await freshPage(browser);
  await other.goto(link);
  await expect(other.getByRole('alert').filter({ hasText: 'استُخدم هذا الرابط من قبل.' })).toBeVisible();
  await expect(other.getByLabel('كلمة المرور الجديدة')).toHaveCount(0);
  expect((await other.goto('/admin/invite/not-a-real-token'))?.status()).toBe(200);
  await expect(other.getByRole('alert').filter({ hasText: 'هذا الرابط غير صالح.' })).toBeVisible();
  await other.goto('/admin/sign-in');
  await other.getByLabel('البريد الإلكتروني').fill(email);
  await other.getByLabel('كلمة المرور').fill(password);
  await other.getByRole('button', { name: 'دخول' }).click();
  await expect(other).toHaveURL(/\/admin$/);
  await other.context().close();

  // A save the invitee sends now, kept to be replayed after the deactivation.
  const title = `مسودة العضو المدعو ${stamp}`;
  await fillStory(invitee, title, 'نص المسودة.');
  const save = await captureActionPost(
    invitee,
    () => invitee.getByRole('button', { name: 'حفظ', exact: true }).click(),
    'intent',
  );
  await expect(invitee.getByText('حُفظ الخبر.')).toBeVisible();

  await page.getByLabel(`الدور: ${email}`, { exact: true }).selectOption({ label: 'محرر' });
  await page.getByRole('button', { name: `حفظ الدور: ${email}` }).click();
  await expect(page.getByRole('status').first()).toHaveText(`تغيّر دور ${name} إلى محرر.`);
  await invitee.goto('/admin');
  await expect(invitee.getByText(`مسجّل باسم ${name} (محرر)`)).toBeVisible();
  await expect(invitee.getByRole('link', { name: 'أهم الأخبار' })).toBeVisible();

  await page.getByRole('button', { name: `تعطيل: ${email}` }).click();
  await expect(page.getByRole('status').first()).toHaveText(`عُطّل حساب ${name} وأُنهيت جلساته.`);
  await expect(memberRow(page, email)).toContainText('معطّل');
  await expect(page.getByRole('button', { name: `إعادة التفعيل: ${email}` })).toBeVisible();
  await invitee.goto('/admin');
  await expect(invitee).toHaveURL(/\/admin\/sign-in$/);
  const replay = await invitee.request.post(save.url(), { headers: replayHeaders(save), data: save.postData()! });
  expect(await replay.text()).toContain('انتهت جلستك أو لم تسجّل الدخول');
  expect(articleIdsByTitle(title)).toHaveLength(1);
  await invitee.context().close();

  await page.getByRole('link', { name: 'سجل العمليات' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'سجل العمليات' })).toBeVisible();
  const entries = page.locator('tr', { hasText: `حساب ${name}` });
  await expect(entries.filter({ hasText: 'تغيير الدور' })).toContainText('من كاتب إلى محرر');
  await expect(entries.filter({ hasText: 'تغيير الدور' })).toContainText('مدير الاختبار');
  await expect(entries.filter({ hasText: 'تعطيل حساب' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'دعوة عضو' })).toContainText('بدور كاتب');
  await expect(entries.filter({ hasText: 'تعيين كلمة المرور' })).toHaveCount(1);
  // Newest first: the deactivation is above the role change.
  await expect(entries.first()).toContainText('تعطيل حساب');
});

test('an admin has no controls to demote or deactivate themselves, and a forged demotion is refused', async ({
  page,
}) => {
  const { email: adminEmail } = await ensureStaff('admin');
  const { email: writerEmail } = await ensureStaff('writer');
  await signIn(page, 'admin');
  await page.goto('/admin/staff');
  await expect(memberRow(page, adminEmail)).toContainText('(أنت)');
  await expect(page.getByRole('button', { name: `تعطيل: ${adminEmail}` })).toHaveCount(0);
  await expect(page.getByLabel(`الدور: ${adminEmail}`, { exact: true })).toHaveCount(0);

  // A role change the page does offer (the writer stays a writer), replayed against the admin's own account.
  await page.getByLabel(`الدور: ${writerEmail}`, { exact: true }).selectOption({ label: 'كاتب' });
  const change = await captureActionPost(page, () =>
    page.getByRole('button', { name: `حفظ الدور: ${writerEmail}` }).click(),
  );
  const forged = withField(change.postData()!, 'userId', String(userIdByEmail(adminEmail)));
  const refused = await page.request.post(change.url(), { headers: replayHeaders(change), data: forged });
  expect(await refused.text()).toContain('لا يمكنك خفض دورك بنفسك');
  await page.goto('/admin/staff');
  await expect(page.getByText('مسجّل باسم مدير الاختبار (مدير)')).toBeVisible();
});

test('an editor gets no staff or audit pages: no links, and 404', async ({ page }) => {
  await signIn(page, 'editor');
  await expect(page.getByRole('link', { name: 'فريق العمل' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'سجل العمليات' })).toHaveCount(0);
  expect((await page.goto('/admin/staff'))?.status()).toBe(404);
  expect((await page.goto('/admin/audit'))?.status()).toBe(404);
});

test("the masthead takes https social links only, and the footer links them as the paper's own", async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/settings');
  const facebook = page.getByLabel('رابط فيسبوك');
  await facebook.fill('http://facebook.com/portal');
  await page.getByRole('button', { name: 'حفظ الترويسة' }).click();
  await expect(page.getByText('اكتب رابطًا كاملًا يبدأ بـ https://.')).toBeVisible();
  await expect(facebook).toHaveValue('http://facebook.com/portal');
  try {
    await facebook.fill('https://facebook.com/portal');
    await page.getByRole('button', { name: 'حفظ الترويسة' }).click();
    await expect(page.getByText('حُفظت الترويسة وظهرت على الموقع.')).toBeVisible();

    await page.goto('/section/world');
    const follow = page.getByRole('contentinfo').getByRole('navigation', { name: 'تابعنا' });
    await expect(follow.getByRole('link', { name: 'فيسبوك' })).toHaveAttribute('href', 'https://facebook.com/portal');
    await expect(follow.getByRole('link', { name: 'فيسبوك' })).toHaveAttribute('rel', 'me noopener');
    await expect(follow.getByRole('link', { name: 'يوتيوب' })).toHaveCount(0);
  } finally {
    // Taken out again whatever happens: the seed's masthead has no accounts.
    await page.goto('/admin/settings');
    await page.getByLabel('رابط فيسبوك').fill('');
    await page.getByRole('button', { name: 'حفظ الترويسة' }).click();
    await expect(page.getByText('حُفظت الترويسة وظهرت على الموقع.')).toBeVisible();
  }
  // With no account set, the footer has no list at all.
  await page.goto('/section/world');
  await expect(page.getByRole('navigation', { name: 'تابعنا' })).toHaveCount(0);
});
