import { expect, test, type Page } from '@playwright/test';
import { toNewsroomInput } from '../lib/dates';
import { articleIdsByTitle, insertPublishedStory, sqlValue } from './support/database';
import { signIn } from './support/admin';
import { pinOnBoard, TOP_UPDATED, topBoard, unpinOnBoard } from './support/top-news';

// Each journey pins stories of its own and takes them off again: the seed's
// slots, which the reader specs read, are never moved.

/** The Arabic board's slots, top first, without the «حتى …» note. */
const boardTitles = async (page: Page) =>
  (await topBoard(page).locator('li > span.flex-1').allInnerTexts()).map((text) => text.replace(/\s*\([^)]*\)$/, ''));

/** The reader's «أهم الأخبار» page, top first. */
async function readerTitles(page: Page) {
  await page.goto('/top');
  return page.getByTestId('top-news-page').getByRole('heading', { level: 2 }).allInnerTexts();
}

test('editors reorder and clear «أهم الأخبار» on the board, and the top list follows at once', async ({ page }) => {
  const stamp = Date.now();
  const [first, second] = [`خبر يثبت أولًا ${stamp}`, `خبر يثبت ثانيًا ${stamp}`];
  for (const title of [first, second]) insertPublishedStory('world', title);
  await signIn(page, 'editor');
  for (const title of [first, second]) {
    await pinOnBoard(page, title);
    await expect(page.getByText(TOP_UPDATED)).toBeVisible();
  }
  // A pin goes to the end of the board.
  await expect.poll(async () => (await boardTitles(page)).slice(-2)).toEqual([first, second]);

  await topBoard(page)
    .getByRole('button', { name: `أعلى: ${second}` })
    .click();
  await expect(page.getByText(TOP_UPDATED)).toBeVisible();
  await expect.poll(async () => (await boardTitles(page)).slice(-2)).toEqual([second, first]);
  const reordered = await boardTitles(page);
  expect((await readerTitles(page)).slice(0, reordered.length)).toEqual(reordered);

  await unpinOnBoard(page, second);
  const remaining = await boardTitles(page);
  expect(remaining.at(-1)).toBe(first);
  expect((await readerTitles(page)).slice(0, remaining.length)).toEqual(remaining);
  await unpinOnBoard(page, first);
});

test('editors pin a published story on the board until a time of their choosing', async ({ page }) => {
  const title = `خبر يثبت إلى موعد ${Date.now()}`;
  const id = insertPublishedStory('world', title);
  await signIn(page, 'editor');
  await pinOnBoard(page, title, toNewsroomInput(Date.now() - 60_000));
  await expect(page.getByRole('alert').filter({ hasText: 'اكتب موعدًا صحيحًا في المستقبل' }).first()).toBeVisible();
  expect(sqlValue<number | null>('select top_rank from articles where id = ?', id)).toBeNull();

  const until = Date.now() + 3_600_000;
  await pinOnBoard(page, title, toNewsroomInput(until));
  await expect(page.getByText(TOP_UPDATED)).toBeVisible();
  await expect(topBoard(page).getByRole('listitem').filter({ hasText: title })).toContainText('حتى');
  expect(articleIdsByTitle(title)).toEqual([id]);
  expect(Math.abs(sqlValue<number>('select top_until from articles where id = ?', id) - until)).toBeLessThan(60_000);

  await page.goto('/top');
  await expect(page.getByTestId('top-news-page').getByRole('heading', { level: 2, name: title })).toBeVisible();
  await unpinOnBoard(page, title);
});
