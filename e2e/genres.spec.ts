import { expect, test, type Page } from '@playwright/test';
import { fillStory, signIn } from './support/admin';
import { sqlValue } from './support/database';

async function jsonLdTypes(page: Page): Promise<string[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => [JSON.parse(text)].flat()).map((item: { '@type': string }) => item['@type']);
}

const opinionId = () =>
  sqlValue<number>(`select id from articles where genre = 'opinion' and language = 'ar' order by id`);

test('an opinion piece carries its label, the writer’s photo, the disclaimer and OpinionNewsArticle', async ({
  page,
}) => {
  await page.goto(`/news/${opinionId()}`);
  const main = page.locator('main');
  await expect(main.locator('[data-genre="opinion"]').first()).toHaveText('رأي');
  const note = page.getByTestId('opinion-note');
  await expect(note).toContainText('الآراء الواردة في المقال تعبّر عن رأي كاتبها.');
  const photo = note.getByRole('img', { name: 'صورة الكاتب يوسف الشريف' });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  expect(await jsonLdTypes(page)).toContain('OpinionNewsArticle');
  expect(await jsonLdTypes(page)).not.toContain('NewsArticle');

  // Plain news carries no label, no disclaimer, and stays a NewsArticle.
  const newsId = sqlValue<number>(`select id from articles where genre = 'news' and status = 'published' order by id`);
  await page.goto(`/news/${newsId}`);
  const header = page.locator('main article').first().locator(':scope > div').first();
  await expect(header).toContainText(
    sqlValue<string>(
      'select name_ar from sections join articles on articles.section_id = sections.id where articles.id = ?',
      newsId,
    ),
  );
  await expect(header.locator('[data-genre]')).toHaveCount(0);
  await expect(page.getByTestId('opinion-note')).toHaveCount(0);
  expect(await jsonLdTypes(page)).toContain('NewsArticle');
});

test('cards label opinion and analysis, and «كتّاب الرأي» lists the writer with photo and latest piece', async ({
  page,
}) => {
  await page.goto('/section/culture');
  const title = sqlValue<string>(`select title from articles where id = ?`, opinionId());
  const card = page.locator('main article').filter({ hasText: title });
  await expect(card.locator('[data-genre="opinion"]')).toHaveText('رأي');
  await page.goto('/section/economy');
  await expect(page.locator('main [data-genre="analysis"]').first()).toHaveText('تحليل');

  await page.getByRole('contentinfo').getByRole('link', { name: 'كتّاب الرأي' }).click();
  await expect(page).toHaveURL(/\/writers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'كتّاب الرأي' })).toBeVisible();
  const writer = page.getByTestId('opinion-writers').getByRole('listitem').filter({ hasText: 'يوسف الشريف' });
  await expect(writer.getByRole('img', { name: 'صورة الكاتب يوسف الشريف' })).toBeVisible();
  await writer.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/news/${opinionId()}/`));

  await page.goto('/en/writers');
  await expect(page.getByRole('heading', { level: 1, name: 'Opinion writers' })).toBeVisible();
});

test('an editor sets a story’s genre in the form; readers see its label and its JSON-LD type', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `قراءة في أرقام الموازنة ${Date.now()}`;
  await fillStory(page, title, 'نص تحليلي قصير عن أرقام الموازنة.');
  await page.getByLabel('نوع المادة').selectOption({ label: 'تحليل' });
  await page.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(page).toHaveURL(/done=publish/);
  await expect(page.getByLabel('نوع المادة')).toHaveValue('analysis');
  const id = sqlValue<number>('select id from articles where title = ?', title);
  expect(sqlValue<string>('select genre from articles where id = ?', id)).toBe('analysis');
  await page.goto(`/news/${id}`);
  await expect(page.locator('main article').first().locator(':scope > div').first()).toContainText('تحليل');
  expect(await jsonLdTypes(page)).toContain('AnalysisNewsArticle');
});

test('editors edit a writer from the keyboard: a refused field keeps what was typed, a save reaches the byline', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await page.getByRole('navigation').getByRole('link', { name: 'الكتّاب' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'الكتّاب' })).toBeVisible();
  const form = page.getByRole('form', { name: 'تعديل: منى فاروق' });
  const bio = form.getByLabel('نبذة');
  await form.getByLabel('الاسم بالعربية').fill('');
  await bio.fill('تكتب عن الثقافة والكتب.');
  await bio.press('Tab'); // the photo
  await page.keyboard.press('Tab'); // the save button
  await page.keyboard.press('Enter');
  const nameField = form.getByLabel('الاسم بالعربية');
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('هذا الحقل مطلوب.')).toBeVisible();
  await expect(form.getByLabel('نبذة')).toHaveValue('تكتب عن الثقافة والكتب.');

  await nameField.fill('منى فاروق');
  await form.getByLabel('الصورة').selectOption({ index: 1 });
  await form.getByRole('button', { name: 'حفظ' }).click();
  await expect(page.getByRole('status')).toHaveText('حُفظت بيانات منى فاروق.');
  expect(sqlValue<string>(`select bio from authors where slug = 'mona-farouk'`)).toBe('تكتب عن الثقافة والكتب.');
  expect(sqlValue<number | null>(`select photo_id from authors where slug = 'mona-farouk'`)).not.toBeNull();

  const newWriter = page.getByRole('form', { name: 'كاتب جديد' });
  await newWriter.getByLabel('الاسم بالعربية').fill(`كاتبة جديدة ${Date.now()}`);
  await newWriter.getByLabel('الاسم بالإنجليزية').fill('Mona Farouk');
  await newWriter.getByRole('button', { name: 'إضافة الكاتب' }).click();
  await expect(newWriter.getByLabel('الاسم بالإنجليزية')).toHaveAttribute('aria-invalid', 'true');
  await expect(newWriter.getByLabel('الاسم بالإنجليزية')).toHaveValue('Mona Farouk');
});
