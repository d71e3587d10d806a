import { expect, test } from '@playwright/test';
import { insertPublishedStory, sqlValue } from './support/database';
import { signIn } from './support/admin';

// A correction an editor attaches to a published story reaches readers
// everywhere the story goes: its page (box, «آخر تحديث», JSON-LD), the feeds,
// and the «تصحيحات» page; an update can be taken down again, a correction not.

test('a correction appears on the story’s page, in its JSON-LD, in the feed and on the corrections page', async ({
  page,
  request,
}) => {
  const title = `خبر يحتاج تصحيحًا ${Date.now()}`;
  const id = insertPublishedStory('world', title);
  const slug = sqlValue<string>('select slug from articles where id = ?', id);
  const storyPath = `/news/${id}/${encodeURIComponent(slug)}`;
  // Cached before the correction, as a reader would have seen it: the note must invalidate it.
  await page.goto(storyPath);
  await expect(page.getByTestId('story-corrections')).toHaveCount(0);

  await signIn(page, 'editor');
  await page.goto(`/admin/articles/${id}`);
  const notes = page.getByTestId('story-notes');
  const text = `ذكرت نسخة سابقة أن الاجتماع عُقد يوم الاثنين، والصحيح الثلاثاء ${Date.now()}.`;
  // An empty text is refused on its field.
  await notes.getByLabel('النوع').selectOption('correction');
  await notes.getByRole('button', { name: 'أضف' }).click();
  await expect(notes.locator('#field-note-new-text-error')).toHaveText('هذا الحقل مطلوب.');
  await notes.getByLabel('النص').last().fill(text);
  await notes.getByRole('button', { name: 'أضف' }).click();
  await expect(notes.getByText('أُضيفت الملاحظة.')).toBeVisible();
  await expect(notes.getByTestId('story-note')).toHaveCount(1);
  // A correction stays: it offers no removal.
  await expect(notes.getByRole('button', { name: 'احذف التحديث' })).toHaveCount(0);

  // The page, at once (the note invalidated it).
  await page.goto(storyPath);
  const box = page.getByTestId('story-corrections');
  await expect(box.getByRole('heading', { level: 2 })).toHaveText('تصحيح');
  await expect(box).toContainText(text);
  await expect(page.getByText('آخر تحديث')).toBeVisible();
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = jsonLd
    .map((raw) => JSON.parse(raw))
    .flat()
    .find((item) => item['@type'] === 'NewsArticle');
  expect(article.correction).toEqual([
    { '@type': 'CorrectionComment', text, datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
  ]);
  expect(Date.parse(article.dateModified)).toBeGreaterThanOrEqual(Date.parse(article.correction[0].datePublished));

  // The feeds that carry the story: the site's and its section's.
  for (const feed of ['/rss.xml', '/section/world/rss.xml']) {
    const xml = await (await request.get(feed)).text();
    const item = xml.slice(xml.indexOf(`/news/${id}/`));
    expect(item.slice(0, item.indexOf('</item>')), feed).toContain(`تصحيح (`);
    expect(item.slice(0, item.indexOf('</item>')), feed).toContain(text);
  }

  // «تصحيحات», linked from the footer: newest first, so this one is on top, linking to the story.
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'تصحيحات' }).click();
  await expect(page).toHaveURL(/\/corrections$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تصحيحات');
  const first = page.getByTestId('corrections-list').getByRole('listitem').first();
  await expect(first).toContainText(text);
  await expect(first.getByRole('link', { name: title })).toHaveAttribute('href', new RegExp(`/news/${id}/`));
  // The English edition lists English stories' corrections only.
  expect(await (await request.get('/en/corrections')).text()).not.toContain(text);

  // Audited.
  expect(
    sqlValue<number>(`select count(*) from audit_log where action = 'add-note' and subject = ?`, `article:${id}`),
  ).toBe(1);
});

test('an update is shown under the headline and can be removed; the removal is audited with its text', async ({
  page,
}) => {
  const title = `خبر يتجدد ${Date.now()}`;
  const id = insertPublishedStory('world', title);
  const slug = sqlValue<string>('select slug from articles where id = ?', id);
  await signIn(page, 'editor');
  await page.goto(`/admin/articles/${id}`);
  const notes = page.getByTestId('story-notes');
  const text = `أعلنت الوزارة النتائج الأولية ${Date.now()}.`;
  await notes.getByLabel('النوع').selectOption('update');
  await notes.getByLabel('النص').last().fill(text);
  await notes.getByRole('button', { name: 'أضف' }).click();
  await expect(notes.getByText('أُضيفت الملاحظة.')).toBeVisible();
  await page.goto(`/news/${id}/${encodeURIComponent(slug)}`);
  await expect(page.getByTestId('story-updates')).toContainText(text);
  await expect(page.getByTestId('story-corrections')).toHaveCount(0);

  await page.goto(`/admin/articles/${id}`);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByTestId('story-notes').getByRole('button', { name: 'احذف التحديث' }).click();
  await expect(page.getByTestId('story-note')).toHaveCount(0);
  await page.goto(`/news/${id}/${encodeURIComponent(slug)}`);
  await expect(page.getByTestId('story-updates')).toHaveCount(0);
  const detail = sqlValue<string>(
    `select detail from audit_log where action = 'remove-note' and subject = ? order by id desc limit 1`,
    `article:${id}`,
  );
  expect(JSON.parse(detail).text).toBe(text);
});
