import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { insertPublishedStory } from './support/database';
import { signIn } from './support/admin';

// The desk's busiest pages pass axe-core in both languages: no serious or critical violation.

const PAGES = ['/admin', '/admin/articles/new', '/admin/top-news', '/admin/media', '/admin/staff'];

for (const [language, locale] of [
  ['Arabic', ''],
  ['English', '/en'],
]) {
  test(`in ${language}, the story form, story list, top-news board, media library and staff page have no serious axe violation`, async ({
    page,
  }) => {
    // axe reads every node of six full pages; on a busy two-core machine that takes minutes.
    test.setTimeout(240_000);
    await signIn(page, 'admin');
    const story = insertPublishedStory('world', `خبر لفحص الإتاحة ${Date.now()}`);
    const found: string[] = [];
    for (const path of [...PAGES, `/admin/articles/${story}`]) {
      await page.goto(`${locale}${path}`);
      // The body editor mounts after hydration: check the page as it is used, not half-built.
      if (path.startsWith('/admin/articles/')) await expect(page.getByRole('toolbar')).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const violation of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
        found.push(`${locale}${path}: ${violation.id} (${violation.impact}) at ${targets}`);
      }
    }
    expect(found).toEqual([]);
  });
}
