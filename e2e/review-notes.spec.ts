import { expect, test, type Page } from '@playwright/test';
import { fillStory, signedInPage, signIn } from './support/admin';
import { articleIdByTitle, runSql, sqlValue } from './support/database';

/** The editor's «بانتظار المراجعة» count, as the story list shows it. */
async function waitingCount(page: Page) {
  await page.goto('/admin');
  const text = await page.getByTestId('review-queue').innerText();
  if (/^لا أخبار/.test(text)) return 0;
  if (/^خبر واحد/.test(text)) return 1;
  if (/^خبران/.test(text)) return 2;
  return Number(text.match(/\d+/)![0]);
}

test('an editor sends a story back with a note, the writer sees it on the list and the form and resubmits, and the audit log has both', async ({
  page,
  browser,
}) => {
  const title = `خبر يعود بملاحظة ${Date.now()}`;
  const note = `أضف مصدرًا ثانيًا للرقم ${Date.now()}`;
  await signIn(page, 'writer');
  await fillStory(page, title, 'نص الخبر الأول.');
  await page.getByRole('button', { name: 'إرسال للمراجعة' }).click();
  await expect(page.getByText('أُرسل الخبر للمراجعة.')).toBeVisible();
  const id = articleIdByTitle(title);
  // Writers get no count and no send-back form.
  await expect(page.getByTestId('review-panel')).toContainText('الخبر بانتظار مراجعة المحرر.');
  await expect(page.getByRole('button', { name: 'إعادة إلى الكاتب' })).toHaveCount(0);
  // The writer leaves the form, and their lock lapses (as it does 90 s later), so the editor holds the story.
  await page.goto('/admin');
  runSql('delete from article_locks where article_id = ?', id);

  const editor = await signedInPage(browser, 'editor');
  const waiting = await waitingCount(editor);
  expect(waiting).toBe(sqlValue<number>("select count(*) from articles where status = 'review'"));
  expect(waiting).toBeGreaterThan(0);
  // The count is a filter: it lists exactly the stories in review, this one among them.
  await editor.getByTestId('review-queue').click();
  await expect(editor).toHaveURL(/status=review/);
  await expect(editor.getByRole('link', { name: title })).toBeVisible();

  await editor.goto(`/admin/articles/${id}`);
  await editor.getByRole('button', { name: 'إعادة إلى الكاتب' }).click();
  await expect(editor.getByRole('alert').filter({ hasText: 'اكتب ملاحظة للكاتب' })).toBeVisible();
  expect(sqlValue<string>('select status from articles where id = ?', id)).toBe('review');
  await editor.getByLabel('ملاحظة للكاتب').fill(note);
  await editor.getByRole('button', { name: 'إعادة إلى الكاتب' }).click();
  // Done with it: back to the queue, the story off it, and the editor's lock given up for the writer.
  await expect(editor).toHaveURL(/status=review/);
  await expect(editor.getByRole('link', { name: title })).toHaveCount(0);
  expect(sqlValue<string>('select status from articles where id = ?', id)).toBe('draft');
  expect(sqlValue<number>('select count(*) from article_locks where article_id = ?', id)).toBe(0);
  expect(await waitingCount(editor)).toBe(waiting - 1);

  // The writer's list: the note under the headline, who sent it back, and its text.
  await page.goto('/admin');
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('أُعيد للتعديل');
  await expect(row).toContainText(note);
  await expect(row).toContainText('محرر الاختبار');
  // The writer's form: the same note, until they resubmit.
  await row.getByRole('link', { name: title }).click();
  // Nobody else holds it: no take-over banner.
  await expect(page.getByRole('button', { name: 'تولَّ التحرير' })).toHaveCount(0);
  const panel = page.getByTestId('review-panel');
  await expect(panel).toContainText(/أعاده .+ للتعديل في/);
  await expect(panel.getByTestId('review-note').first()).toContainText(note);
  await page.getByRole('button', { name: 'إرسال للمراجعة' }).click();
  await expect(page.getByText('أُرسل الخبر للمراجعة.')).toBeVisible();
  await expect(panel).toContainText('الخبر بانتظار مراجعة المحرر.');
  await expect(panel.getByText(note)).toBeHidden();
  await page.goto('/admin');
  await expect(page.getByRole('row').filter({ hasText: title })).not.toContainText(note);

  expect(await waitingCount(editor)).toBe(waiting);
  await editor.context().close();

  const admin = page;
  await admin.context().clearCookies();
  await signIn(admin, 'admin');
  await admin.goto('/admin/audit');
  await expect(
    admin.getByRole('row').filter({ hasText: 'إعادة خبر إلى كاتبه بملاحظة' }).filter({ hasText: note }),
  ).toHaveCount(1);
  await expect(
    admin.getByRole('row').filter({ hasText: 'إعادة إرسال خبر للمراجعة' }).filter({ hasText: title }),
  ).toHaveCount(1);
});
