import { expect, type Page } from '@playwright/test';

// The «أهم الأخبار» board, for the specs that pin their own stories and take
// them off again, so the seed's slots (which the reader specs read) stay as they are.

export const TOP_UPDATED = 'حُدّث ترتيب «أهم الأخبار».';

/** The Arabic board (the English one follows it on the page). */
export const topBoard = (page: Page) => page.getByTestId('top-board').first();

/** Pins a published story to the end of the Arabic board, until `until` (in the form's own format) if given. */
export async function pinOnBoard(page: Page, title: string, until = '') {
  await page.goto('/admin/top-news');
  await page.getByLabel('الخبر').first().selectOption({ label: title });
  await page.getByLabel('ينتهي التثبيت في (اختياري)').first().fill(until);
  await page.getByRole('button', { name: 'ثبّت' }).first().click();
}

/** Takes a story off the Arabic board. */
export async function unpinOnBoard(page: Page, title: string) {
  await page.goto('/admin/top-news');
  await topBoard(page)
    .getByRole('button', { name: `إزالة: ${title}` })
    .click();
  await expect(page.getByText(TOP_UPDATED)).toBeVisible();
  await expect(topBoard(page).getByRole('listitem').filter({ hasText: title })).toHaveCount(0);
}
