import { expect, test } from '@playwright/test';
import { seedArticle } from '../db/seed/seed-article';

test('the header search box finds the seed article for a reader spelling', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'ابحث في الأخبار' }).first().fill('الصين روسيا قمه');
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نتائج البحث عن «الصين روسيا قمه»');
  await expect(page.getByRole('status')).toContainText(/نتيجة|نتائج/);
  const results = page.getByRole('list', { name: 'البحث' }).getByRole('heading', { level: 2 });
  await expect(results.first()).toHaveText(seedArticle.title);
  await expect(results.first().locator('mark').first()).toHaveText('القمة');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('filters by section and sorts by newest', async ({ page }) => {
  await page.goto('/search?q=الصين');
  await page.getByLabel('القسم').selectOption('world');
  await page.getByLabel('الترتيب').selectOption('newest');
  await page.getByRole('button', { name: 'تطبيق' }).click();
  await expect(page).toHaveURL(/section=world/);
  await expect(page).toHaveURL(/sort=newest/);
  const sections = await page
    .getByRole('list', { name: 'البحث' })
    .getByRole('listitem')
    .getByRole('link', { name: 'عربي ودولي' })
    .count();
  expect(sections).toBeGreaterThan(0);
  expect(sections).toBe(await page.getByRole('list', { name: 'البحث' }).getByRole('listitem').count());
});

test('hostile and odd queries get a friendly page, never an error', async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نتائج البحث عن «<script>alert(1)</script>»');
  expect(dialogs).toEqual([]);

  await page.goto('/search');
  await expect(page.getByText('اكتب كلمة أو أكثر للبحث في أرشيف الأخبار.')).toBeVisible();
  await page.goto(`/search?q=${'ب'.repeat(250)}`);
  await expect(page.getByText(/عبارة البحث طويلة جدًا/)).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('"*:-()')}`);
  await expect(page.getByText(/لم نجد كلمات يمكن البحث عنها/)).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('كلمةغيرموجودةأبدا')}`);
  await expect(page.getByText('لم نعثر على نتائج لـ«كلمةغيرموجودةأبدا».')).toBeVisible();
  await expect(page.getByRole('link', { name: 'رياضة' }).last()).toBeVisible();

  for (const q of ['"', '*', 'NEAR(a b)', 'a:b', '-', '((', "'; DROP TABLE articles; --", '%00', '٧٥']) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}&page=abc&from=2024-99-99&section=nope`);
    expect(response.status(), q).toBe(200);
  }
});

test('English search works under /en', async ({ page }) => {
  await page.goto('/en/search?q=bank');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “bank”');
});

test('a plural finds the singular story, and a singular the plural one, each word marked', async ({ page }) => {
  const results = page.getByRole('list', { name: 'البحث' }).getByRole('heading', { level: 2 });
  await page.goto(`/search?q=${encodeURIComponent('الوزراء')}`);
  const minister = results.filter({ hasText: 'وزير المالية أمام البرلمان' });
  await expect(minister).toHaveCount(1);
  await expect(minister.locator('mark').first()).toHaveText('وزير');
  await page.goto(`/search?q=${encodeURIComponent('محادثة')}`);
  const talks = results.filter({ hasText: 'استئناف المحادثات السودانية في جدة' });
  await expect(talks).toHaveCount(1);
  await expect(talks.locator('mark').first()).toHaveText('المحادثات');
});
