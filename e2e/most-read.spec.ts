import { expect, test, type Browser } from '@playwright/test';
import { SideServer } from '../scripts/support/side-server';
import { openE2eDatabase } from './support/database';

// Its own server (scripts/support/side-server.ts) on a fresh demo database, with
// «الأكثر قراءة» refreshed every 5 s instead of 5 minutes, and stopped with SIGTERM
// mid-way: none of it may touch the suite's server or data.
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

let server: SideServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  server = await SideServer.create({ MOST_READ_REFRESH_SECONDS: '5' });
  await server.start();
});
test.afterAll(async () => server?.dispose());

function sideDb<T>(read: (db: ReturnType<typeof openE2eDatabase>) => T): T {
  const db = openE2eDatabase(server.databaseFile);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** A public Arabic story with no views yet (older than the week the demo's views cover). */
function unreadStory(skip = 0): { id: number; title: string } {
  return sideDb(
    (db) =>
      db
        .prepare(
          `select id, title from articles where language = 'ar' and status = 'published'
           and id not in (select article_id from article_views) order by published_at desc limit 1 offset ?`,
        )
        .get(skip) as { id: number; title: string },
  );
}

const viewsOf = (id: number) =>
  sideDb((db) => db.prepare('select coalesce(sum(views), 0) from article_views where article_id = ?').pluck().get(id));

async function browserContext(browser: Browser) {
  return browser.newContext({ baseURL: server.base, locale: 'ar', userAgent: CHROME });
}

test('a burst of page views reaches the most-read block after its refresh', async ({ browser }) => {
  test.setTimeout(180_000);
  const story = unreadStory();
  const context = await browserContext(browser);
  const page = await context.newPage();
  for (let view = 0; view < 12; view++) {
    const beacon = page.waitForRequest((request) => request.url().endsWith('/api/views'));
    await page.goto(`/news/${story.id}`);
    const sent = await beacon;
    expect(sent.method()).toBe('POST');
    expect(sent.postData()).toBe(String(story.id));
    expect(await sent.headerValue('cookie')).toBeNull();
  }
  // Flushed within 10 s, read afresh within 5 s, the page regenerated on the next request.
  const dayList = page.getByTestId('most-read').locator('ol[data-window="day"] li');
  await expect
    .poll(
      async () => {
        await page.goto('/news/1');
        return dayList.first().textContent();
      },
      { timeout: 90_000, intervals: [2_000] },
    )
    .toContain(story.title);
  // Every beacon is written, the last ones by the next flush at the latest.
  await expect.poll(() => viewsOf(story.id), { timeout: 20_000 }).toBe(12);

  // The week is one click (or arrow key) away, without a script: a radio group.
  const mostRead = page.getByTestId('most-read');
  await expect(mostRead.locator('ol[data-window="week"]')).toBeHidden();
  await mostRead.getByRole('radio', { name: 'آخر 24 ساعة' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(mostRead.getByRole('radio', { name: 'هذا الأسبوع' })).toBeChecked();
  await expect(mostRead.locator('ol[data-window="week"]')).toBeVisible();
  await expect(mostRead.locator('ol[data-window="day"]')).toBeHidden();
  await expect(mostRead.locator('ol[data-window="week"] li').first()).toContainText(story.title);
  await context.close();
});

test('views held in memory are written on SIGTERM and survive the restart; robots and made-up ids are not counted', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const story = unreadStory();
  const beacon = (body: string, userAgent = CHROME) =>
    fetch(`${server.base}/api/views`, { method: 'POST', body, headers: { 'user-agent': userAgent } });
  const answers = [];
  for (let view = 0; view < 20; view++) answers.push(await beacon(String(story.id)));
  for (let view = 0; view < 5; view++) answers.push(await beacon(String(story.id), 'Googlebot/2.1'));
  answers.push(await beacon('999999'), await beacon('<script>'));
  expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 204));
  expect(answers.some((answer) => answer.headers.has('set-cookie'))).toBe(false);

  expect(await server.signal('SIGTERM')).toEqual({ code: 0, signal: null });
  expect(viewsOf(story.id)).toBe(20);
  expect(sideDb((db) => db.prepare('select count(*) from article_views where article_id = 999999').pluck().get())).toBe(
    0,
  );

  await server.start();
  const context = await browserContext(browser);
  const page = await context.newPage();
  // The first answer may be a page cached before the restart; the next is read afresh.
  const first = page.getByTestId('most-read').locator('ol[data-window="day"] li').first();
  await expect
    .poll(
      async () => {
        await page.goto('/news/1');
        return first.textContent();
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toContain(story.title);
  await context.close();
});
