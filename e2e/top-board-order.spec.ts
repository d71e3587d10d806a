import { expect, test, type Page } from '@playwright/test';
import { insertPublishedStory, pinnedTopTitles, sqlValue } from './support/database';
import { signIn } from './support/admin';
import { pinOnBoard, TOP_UPDATED, topBoard, unpinOnBoard } from './support/top-news';

// Each journey pins stories of its own and takes them off again, so the seed's
// slots (which the reader specs read) end as they began.

const FRONT_PAGE_SLOTS = 6; // TOP_NEWS_SIZE in lib/cache/reader.ts

/** The Arabic board's titles, top first, without the «(status · until)» note. */
const boardTitles = async (page: Page) =>
  (await topBoard(page).locator('li > span.flex-1').allInnerTexts()).map((text) => text.replace(/\s*\([^)]*\)$/, ''));

test('the board reorders by keyboard (Space, arrow, Space) in one save, and the reader’s top list follows at once', async ({
  page,
}) => {
  const stamp = Date.now();
  const [first, second] = [`خبر يرتب بلوحة المفاتيح أولًا ${stamp}`, `خبر يرتب بلوحة المفاتيح ثانيًا ${stamp}`];
  for (const title of [first, second]) insertPublishedStory('world', title);
  await signIn(page, 'editor');
  for (const title of [first, second]) {
    await pinOnBoard(page, title);
    await expect(page.getByText(TOP_UPDATED)).toBeVisible();
  }
  await page.goto('/admin/top-news');
  await expect.poll(async () => (await boardTitles(page)).slice(-2)).toEqual([first, second]);
  const audits = sqlValue<number>("select count(*) from audit_log where action = 'top-news-reorder'");

  const slots = (await boardTitles(page)).length;
  // dnd-kit mounts its instructions once the board is live in the browser.
  await expect(page.getByText('لنقل الخبر اضغط المسافة').first()).toBeAttached();
  const handle = topBoard(page).getByRole('button', { name: `إعادة ترتيب: ${second}` });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText(`«${second}» الآن في الموضع ${slots - 1}.`)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText(`وُضع «${second}» في الموضع ${slots - 1}.`)).toBeAttached();
  await expect(page.getByText(TOP_UPDATED)).toBeVisible();

  await expect.poll(async () => (await boardTitles(page)).slice(-2)).toEqual([second, first]);
  // One action saved the whole order: one audit entry, ranks 1..n with no gap.
  expect(sqlValue<number>("select count(*) from audit_log where action = 'top-news-reorder'")).toBe(audits + 1);
  expect(pinnedTopTitles('ar').slice(-2)).toEqual([second, first]);
  const reordered = await boardTitles(page);
  await page.goto('/top');
  const reader = await page.getByTestId('top-news-page').getByRole('heading', { level: 2 }).allInnerTexts();
  expect(reader.slice(0, reordered.length)).toEqual(reordered);

  for (const title of [first, second]) await unpinOnBoard(page, title);
});

test('the board says how many slots the front page shows and marks the pinned stories beyond them', async ({
  page,
}) => {
  const stamp = Date.now();
  const extra = Math.max(1, FRONT_PAGE_SLOTS + 1 - pinnedTopTitles('ar').length);
  const titles = Array.from({ length: extra }, (_, index) => `خبر مثبت بعد الخانات ${index + 1} ${stamp}`);
  for (const title of titles) insertPublishedStory('world', title);
  await signIn(page, 'editor');
  for (const title of titles) {
    await pinOnBoard(page, title);
    await expect(page.getByText(TOP_UPDATED)).toBeVisible();
  }
  await page.goto('/admin/top-news');
  await expect(page.getByTestId('front-page-slots').first()).toContainText(`أول ${FRONT_PAGE_SLOTS} أخبار`);
  const rows = topBoard(page).getByRole('listitem');
  const count = await rows.count();
  expect(count).toBeGreaterThan(FRONT_PAGE_SLOTS);
  const shown: string[] = [];
  for (let index = 0; index < count; index++) {
    const row = rows.nth(index);
    const rank = (await row.locator(':scope > span').first().innerText()).trim();
    const beyond = rank !== '—' && Number(rank) > FRONT_PAGE_SLOTS;
    await expect(row.getByText('لا يظهر في الصفحة الأولى')).toHaveCount(beyond ? 1 : 0);
    if (!beyond && rank !== '—') shown.push((await boardTitles(page))[index]);
  }
  // The last pinned story is beyond the slots: marked, and indeed not on the front page.
  const last = titles.at(-1)!;
  await expect(rows.filter({ hasText: last })).toContainText('لا يظهر في الصفحة الأولى');
  await page.goto('/');
  const front = page.getByTestId('top-news').first();
  await expect(front.getByText(last)).toHaveCount(0);
  for (const title of shown) await expect(front.getByText(title, { exact: true })).toBeVisible();

  for (const title of titles) await unpinOnBoard(page, title);
});
