import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { toNewsroomInput } from '../lib/dates';
import { articleIdByTitle, sqlValue } from './support/database';
import { fillStory, signIn } from './support/admin';
import { unpinOnBoard } from './support/top-news';

// An embargoed story stays off every reader surface until its time, comes on by
// itself at that time, and no button publishes it earlier; lifting the embargo
// is a step of its own, with a reason, in the audit log.

const EMBARGO_MS = 60_000;
const SECTION = { name: 'اقتصاد', slug: 'economy' };
const AUTHOR = { name: 'خالد منصور', slug: 'khaled-mansour' };

/** Opens the story's form and sets its embargo to `until` (epoch ms) through the panel. */
async function setEmbargo(page: Page, id: number, until: number) {
  await page.goto(`/admin/articles/${id}`);
  const panel = page.getByTestId('embargo-panel');
  await panel.getByLabel('محظور حتى').fill(toNewsroomInput(until, undefined, true));
  await panel.getByRole('button', { name: 'ضع الحظر' }).click();
  await expect(panel.getByText('حُفظ الحظر.')).toBeVisible();
  await expect(panel).toContainText('محظور النشر حتى');
}

/** The part of a page between two markers (the whole page from `from` when `to` is missing). */
const part = (html: string, from: string, to: string) => {
  const start = html.indexOf(from);
  if (start < 0) return '';
  const end = html.indexOf(to, start);
  return html.slice(start, end < 0 ? undefined : end);
};

/**
 * Every surface a reader (or a crawler) could meet the story on, each with whether the story is there.
 * Lists are read inside <main>: the breaking strip above it names the story on every page once it is public.
 */
async function surfaces(request: APIRequestContext, story: { id: number; slug: string; title: string; word: string }) {
  const html = async (path: string) => (await request.get(path)).text();
  const inMain = async (path: string) => part(await html(path), '<main', '</main>').includes(story.title);
  const storyUrl = `/news/${story.id}/`;
  const otherInSection = sqlValue<number>(
    `select a.id from articles a join sections s on s.id = a.section_id where s.slug = ? and a.status = 'published'
     and a.language = 'ar' and a.id <> ? order by a.published_at desc limit 1`,
    SECTION.slug,
    story.id,
  );
  const page = await request.get(`/news/${story.id}/${encodeURIComponent(story.slug)}`, { maxRedirects: 0 });
  const preview = await request.get(`/admin/articles/${story.id}/preview`, { maxRedirects: 0 });
  const home = await html('/');
  return {
    page: page.status(),
    home: part(home, '<main', '</main>').includes(story.title),
    section: await inMain(`/section/${SECTION.slug}`),
    tag: await inMain(`/tag/${encodeURIComponent(story.word)}`),
    author: await inMain(`/author/${AUTHOR.slug}`),
    top: await inMain('/top'),
    breaking: part(home, 'data-testid="breaking-strip"', '</aside>').includes(storyUrl),
    // Results highlight the words they match inside the headline: looked for by the story's link.
    search: part(await html(`/search?q=${encodeURIComponent(story.word)}`), '<main', '</main>').includes(storyUrl),
    rss: (await html('/rss.xml')).includes(storyUrl),
    sectionRss: (await html(`/section/${SECTION.slug}/rss.xml`)).includes(storyUrl),
    topRss: (await html('/top/rss.xml')).includes(storyUrl),
    sitemap: (await html('/sitemaps/articles-1.xml')).includes(storyUrl),
    newsSitemap: (await html('/sitemaps/news.xml')).includes(storyUrl),
    related: part(await html(`/news/${otherInSection}`), 'id="related-heading"', '</section>').includes(storyUrl),
    // A signed-out reader's preview link leads to the sign-in page, never to the story.
    preview: preview.status() === 200 && (await preview.text()).includes(story.title),
  };
}

test('an embargoed story is on no surface before its time, on each after it, and «نشر الآن» is refused meanwhile', async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(300_000);
  await signIn(page, 'editor');
  const word = `حظرتجريبي${Date.now().toString(36).replace(/\d/g, '')}`;
  const title = `تقرير محظور عن ${word}`;
  await fillStory(page, title, `نص التقرير عن ${word}.`, SECTION.name);
  await page.getByLabel('الكاتب').selectOption({ label: AUTHOR.name });
  await page.getByLabel('الكلمات المفتاحية').fill(word);
  await page.getByLabel('خبر عاجل').check();
  await page.getByLabel('الترتيب في «أهم الأخبار» (فارغ = غير مثبّت)').fill('1');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const id = articleIdByTitle(title);
  const story = { id, title, word, slug: sqlValue<string>('select slug from articles where id = ?', id) };

  const until = Math.ceil((Date.now() + EMBARGO_MS) / 1000) * 1000;
  await setEmbargo(page, id, until);
  await page.goto('/admin');
  await expect(page.getByRole('row').filter({ hasText: title })).toContainText('محظور النشر حتى');

  try {
    // «نشر الآن»: refused, with the reason on the schedule field, and nothing typed is lost.
    await page.goto(`/admin/articles/${id}`);
    await page.getByLabel('العنوان', { exact: true }).fill(`${title} `);
    await page.getByRole('button', { name: 'نشر الآن' }).click();
    const field = page.locator('#field-publishAt-error');
    await expect(field).toContainText('الخبر محظور النشر حتى');
    await expect(page.getByTestId('error-summary')).toContainText('موعد النشر (للجدولة)');
    await expect(page.getByLabel('العنوان', { exact: true })).toHaveValue(`${title} `);
    // A schedule twenty seconds before the embargo ends: refused too.
    await page.getByLabel('موعد النشر (للجدولة)').fill(toNewsroomInput(until - 20_000, undefined, true));
    await page.getByRole('button', { name: 'جدولة' }).click();
    await expect(page.locator('#field-publishAt-error')).toContainText('الخبر محظور النشر حتى');
    expect(sqlValue<string>('select status from articles where id = ?', id)).toBe('draft');
    // Scheduled for the embargo's end, from a fresh form: accepted; it will appear by itself.
    await page.reload();
    await page.getByLabel('موعد النشر (للجدولة)').fill(toNewsroomInput(until, undefined, true));
    await page.getByRole('button', { name: 'جدولة' }).click();
    await expect(page.getByText('جُدول الخبر.')).toBeVisible();

    // Someone who may not edit the story (a writer) gets no preview of it either.
    const writer = await browser.newContext({ locale: 'ar', baseURL: new URL(page.url()).origin });
    const writerPage = await writer.newPage();
    await signIn(writerPage, 'writer');
    expect((await writerPage.goto(`/admin/articles/${id}/preview`))!.status()).toBe(404);
    await writer.close();

    const before = await surfaces(request, story);
    expect(Date.now(), 'the checks ran before the embargo ended').toBeLessThan(until);
    expect(before).toEqual({
      page: 404,
      home: false,
      section: false,
      tag: false,
      author: false,
      top: false,
      breaking: false,
      search: false,
      rss: false,
      sectionRss: false,
      topRss: false,
      sitemap: false,
      newsSitemap: false,
      related: false,
      preview: false,
    });

    // After its time, with no save and no cron: present everywhere (lists within their 60 s lifetime).
    await page.waitForTimeout(Math.max(0, until - Date.now()));
    await expect
      .poll(async () => surfaces(request, story), { timeout: 150_000, intervals: [5_000] })
      .toEqual({
        page: 200,
        home: true,
        section: true,
        tag: true,
        author: true,
        top: true,
        breaking: true,
        search: true,
        rss: true,
        sectionRss: true,
        topRss: true,
        sitemap: true,
        newsSitemap: true,
        related: true,
        preview: false,
      });
  } finally {
    await unpinOnBoard(page, title);
  }
});

test('an editor lifts an embargo only with a reason, it goes in the audit log, and then «نشر الآن» works', async ({
  page,
}) => {
  await signIn(page, 'editor');
  const title = `خبر برفع الحظر ${Date.now()}`;
  await fillStory(page, title, 'نص الخبر.');
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const id = articleIdByTitle(title);
  await setEmbargo(page, id, Date.now() + 3_600_000);

  const panel = page.getByTestId('embargo-panel');
  await panel.getByRole('button', { name: 'ارفع الحظر' }).click();
  await expect(panel.locator('#field-embargo-reason-error')).toHaveText('اكتب سبب رفع الحظر: يُحفظ في سجل التدقيق.');
  expect(sqlValue<number | null>('select embargo_until from articles where id = ?', id)).not.toBeNull();
  const reason = `أذنت الوكالة بالنشر المبكر ${Date.now()}`;
  await panel.getByLabel('سبب رفع الحظر').fill(reason);
  await panel.getByRole('button', { name: 'ارفع الحظر' }).click();
  await expect(panel.getByText('لا حظر على هذا الخبر.')).toBeVisible();
  expect(sqlValue<number | null>('select embargo_until from articles where id = ?', id)).toBeNull();
  expect(
    JSON.parse(
      sqlValue<string>(
        `select detail from audit_log where action = 'lift-embargo' and subject = ? order by id desc limit 1`,
        `article:${id}`,
      ),
    ).reason,
  ).toBe(reason);

  await page.reload();
  await page.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(page.getByText('نُشر الخبر وظهر على الموقع.')).toBeVisible();

  // The admin reads it in the audit log, reason and all.
  await signIn(page, 'admin');
  await page.goto('/admin/audit');
  await expect(page.getByRole('row').filter({ hasText: reason })).toContainText('رفع حظر نشر');
});
