import { expect, test } from '@playwright/test';
import { signIn } from './support/admin';

// A section of the run's own, created, renamed, moved and deleted again, so
// the menu the other specs read ends as it began.

const SAVED = 'حُفظت الأقسام وظهرت على الموقع.';

test('editors create, rename, reorder and delete sections; a section with stories stays', async ({ page }) => {
  const stamp = Date.now();
  const [slug, name] = [`health-${stamp}`, `الصحة والطب ${stamp}`];
  await signIn(page, 'editor');
  await page.getByRole('link', { name: 'الأقسام' }).click();
  await page.getByLabel('الرابط المختصر').fill(slug);
  await page.getByLabel('الاسم بالعربية', { exact: true }).fill(`صحة ${stamp}`);
  await page.getByLabel('الاسم بالإنجليزية', { exact: true }).fill(`Health ${stamp}`);
  await page.getByRole('button', { name: 'إضافة القسم' }).click();
  await expect(page.getByRole('status')).toHaveText(SAVED);

  await page.getByLabel(`الاسم بالعربية: ${slug}`).fill(name);
  await page.getByRole('button', { name: `حفظ الاسم: ${slug}` }).click();
  await expect(page.getByRole('status')).toHaveText(SAVED);

  const menu = async () => {
    await page.goto('/');
    return page.getByRole('navigation', { name: 'الأقسام' }).first().getByRole('link').allInnerTexts();
  };
  // A new section comes last; one step up puts it before the section that was before it.
  const before = await menu();
  expect(before.at(-1)).toBe(name);
  const neighbour = before.at(-2)!;
  await page.goto('/admin/sections');
  await page.getByRole('button', { name: `أعلى: ${slug}` }).click();
  await expect(page.getByRole('status')).toHaveText(SAVED);
  await expect
    .poll(async () => {
      const names = await menu();
      return names.indexOf(neighbour) - names.indexOf(name);
    })
    .toBe(1);
  expect((await page.goto(`/section/${slug}`))?.status()).toBe(200);

  // Straight after a successful save on the same page, the refusal must be what is announced.
  await page.goto('/admin/sections');
  await page.getByRole('button', { name: `حفظ الاسم: ${slug}` }).click();
  await expect(page.getByRole('status')).toHaveText(SAVED);
  await page.getByRole('button', { name: 'حذف: world' }).click();
  await expect(page.getByRole('status')).toHaveText(/^لا يُحذف قسم فيه أخبار، ولو محذوفة أو مسودات/);
  await page.getByRole('button', { name: `حذف: ${slug}` }).click();
  await expect(page.getByRole('status')).toHaveText(SAVED);
  await expect.poll(menu).not.toContain(name);
  expect(await menu()).toContain('عربي ودولي');
});
