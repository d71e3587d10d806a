import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { articleIdsByTitle, articleRow, insertPublishedStory, runSql } from './support/database';
import { fillStory, signIn } from './support/admin';

// The editor's desk, second pass (issue 12): the day-one bugs of the editorial area.

const saveButton = (page: Page) => page.getByRole('button', { name: 'حفظ', exact: true });

/** Nothing sent by a keystroke shows at once; a short wait is what "nothing happened" can be checked by. */
const settle = (page: Page) => page.waitForTimeout(1500);

test('Enter in a one-line field does not submit the story form; the body keeps its Enter', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `خبر لا يُرسله Enter ${Date.now()}`;
  await fillStory(page, title, 'السطر الأول');
  await page.getByLabel('العنوان', { exact: true }).press('Enter');
  await settle(page);
  expect(articleIdsByTitle(title)).toEqual([]);
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);

  const editor = page.getByRole('textbox', { name: 'نص الخبر' });
  await editor.press('End');
  await editor.press('Enter');
  await editor.pressSequentially('السطر الثاني');
  await expect(editor.locator('p')).toHaveCount(2);
  await saveButton(page).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const [id] = articleIdsByTitle(title);

  for (const label of ['العنوان الصغير (اختياري)', 'الرابط المختصر', 'الكلمات المفتاحية']) {
    await page.getByLabel(label).fill('تعديل لم يُحفظ');
    await page.getByLabel(label).press('Enter');
  }
  await settle(page);
  expect(articleRow(id)?.version).toBe(1);
});

const ADMIN_PAGES = [
  '/admin',
  '/admin/articles/new',
  '/admin/top-news',
  '/admin/sections',
  '/admin/tags',
  '/admin/media',
  '/admin/staff',
  '/admin/audit',
  '/admin/settings',
  '/admin/authors',
];

test('at 390 px no admin page is wider than the viewport and the whole menu can be reached', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'admin');
  const story = insertPublishedStory('world', `خبر لعرض الهاتف ${Date.now()}`);
  for (const locale of ['', '/en']) {
    for (const path of [...ADMIN_PAGES, `/admin/articles/${story}`]) {
      await page.goto(`${locale}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${locale}${path}`).toBeLessThanOrEqual(390);
    }
  }
  await page.goto('/admin');
  const menu = page.getByRole('navigation', { name: 'غرفة الأخبار' });
  for (const name of ['فريق العمل', 'سجل العمليات', 'عرض الموقع']) {
    await expect(menu.getByRole('link', { name })).toBeInViewport({ ratio: 1 });
  }
  await menu.getByRole('link', { name: 'سجل العمليات' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin\/audit$/);
});

/** Each admin list and what one of its rows is. */
const LIST_PAGES = {
  '/admin': 'tbody > tr',
  '/admin/media': 'ul > li',
  '/admin/staff': 'tbody > tr',
  '/admin/tags': 'ul > li',
  '/admin/audit': 'tbody > tr',
  '/admin/sections': 'ul > li',
  '/admin/authors': 'form',
};

test('at 390 px every admin list shows its rows as cards and nothing scrolls sideways inside it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'admin');
  insertPublishedStory('world', `خبر بعنوان طويل يملأ بطاقة الهاتف في قائمة الأخبار ${Date.now()}`);
  for (const locale of ['', '/en']) {
    for (const [path, row] of Object.entries(LIST_PAGES)) {
      await page.goto(`${locale}${path}`);
      const layout = await page.locator('main').evaluate((main, selector) => {
        const rows = [...main.querySelectorAll(selector)];
        return {
          rows: rows.length,
          // A card fills the screen's width at most; a table row is a block, not a row of cells.
          wider: rows.filter((element) => {
            const box = element.getBoundingClientRect();
            return box.left < 0 || box.right > window.innerWidth;
          }).length,
          tableRows: rows.filter((element) => getComputedStyle(element).display === 'table-row').length,
          // A cell with nothing in it shows no label with nothing after it («التفاصيل:»).
          emptyLabelled: rows
            .flatMap((element) => [...element.querySelectorAll('td[data-label]')])
            .filter((cell) => cell.childNodes.length === 0 && getComputedStyle(cell).display !== 'none').length,
          // No box of its own that scrolls sideways (what the wide tables did before).
          sideScrollers: [...main.querySelectorAll('*')].filter(
            (element) =>
              ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) &&
              element.scrollWidth > element.clientWidth,
          ).length,
        };
      }, row);
      expect(layout.rows, `${locale}${path}`).toBeGreaterThan(0);
      expect({ ...layout, rows: 0 }, `${locale}${path}`).toEqual({
        rows: 0,
        wider: 0,
        tableRows: 0,
        emptyLabelled: 0,
        sideScrollers: 0,
      });
    }
  }
});

test('a refused save moves the focus to an error summary that links to each field', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  await page.getByLabel('الملخص').fill('ملخص بلا عنوان');
  await page.getByLabel('الرابط المختصر').fill('رابط غير صالح!');
  await page.getByRole('button', { name: 'نشر الآن' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await expect(summary).toHaveAttribute('role', 'alert');
  await expect(summary).toContainText('راجع الحقول المعلّمة بالأحمر.');
  await summary.getByRole('link', { name: /^العنوان/ }).click();
  await expect(page.getByLabel('العنوان', { exact: true })).toBeFocused();
  await summary.getByRole('link', { name: /^الرابط المختصر/ }).click();
  await expect(page.getByLabel('الرابط المختصر')).toBeFocused();
  await expect(page.getByLabel('الملخص')).toHaveValue('ملخص بلا عنوان');
});

test('after a take-over the banner says the story is yours, and a lock refusal is focused at the top', async ({
  page,
  browser,
}) => {
  await signIn(page, 'editor');
  const title = `خبر يُتولّى ${Date.now()}`;
  await fillStory(page, title, 'نص.');
  await saveButton(page).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const [id] = articleIdsByTitle(title);

  const other = await browser.newContext({ locale: 'ar', baseURL: new URL(page.url()).origin });
  const second = await other.newPage();
  await signIn(second, 'admin');
  await second.goto(`/admin/articles/${id}`);
  const session = second.getByTestId('editing-session');
  await expect(session.getByRole('alert')).toContainText('يحرّر محرر الاختبار هذا الخبر الآن');
  await saveButton(second).click();
  await expect(second.getByTestId('error-summary')).toBeFocused();
  await expect(second.getByTestId('error-summary')).toContainText('يحرّر محرر الاختبار هذا الخبر الآن');

  await second.getByRole('button', { name: 'تولَّ التحرير' }).click();
  await expect(session).toContainText('أنت من يحرّر هذا الخبر الآن.');
  await expect(session).not.toContainText('محرر الاختبار');
  await other.close();
});

test('a story saved from your own other tab is reported as yours, not as someone else’s', async ({ page, context }) => {
  await page.clock.install();
  await signIn(page, 'editor');
  const title = `خبر في نافذتين ${Date.now()}`;
  await fillStory(page, title, 'نص.');
  await saveButton(page).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  const editUrl = page.url().replace(/\?.*$/, '');
  const otherTab = await context.newPage();
  await otherTab.goto(editUrl);
  await page.getByLabel('العنوان', { exact: true }).fill(`${title} (الأولى)`);
  await saveButton(page).click();
  await expect(page.getByText('النسخة 2', { exact: false })).toBeVisible();

  await page.clock.runFor(21_000);
  const session = otherTab.getByTestId('editing-session');
  await expect(session).toContainText('حفظتَ هذا الخبر من نافذة أخرى');
  await expect(session).not.toContainText('عدّل شخص آخر');

  // Saving there anyway is refused as a conflict with this person's own save, not someone else's.
  await otherTab.getByLabel('العنوان', { exact: true }).fill(`${title} (الثانية)`);
  await saveButton(otherTab).click();
  await expect(otherTab.getByText('لم نحفظ هذه النسخة فوق تلك', { exact: false }).first()).toBeVisible();
  await expect(otherTab.getByText('عدّل شخص آخر', { exact: false })).toHaveCount(0);
});

test('a scheduled story whose time has come shows as published, with its link and without the publish buttons', async ({
  page,
}) => {
  const title = `خبر حان موعده ${Date.now()}`;
  const id = insertPublishedStory('world', title);
  runSql(`update articles set status = 'scheduled', published_at = ? where id = ?`, Date.now() - 60_000, id);
  await signIn(page, 'editor');
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByText('الحالة: منشور')).toBeVisible();
  await expect(page.getByRole('link', { name: 'عرض على الموقع' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'نشر الآن' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'جدولة' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'إلغاء النشر' })).toBeVisible();

  await page.goto(`/admin?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('row').filter({ hasText: title })).toContainText('منشور');
  await expect(page.getByRole('row').filter({ hasText: title })).not.toContainText('مجدول');
});

/**
 * Where a piece of a text is drawn: the left edge of `part` inside the first text node under `selector` that holds
 * the whole of `text`. Searching for `text` rather than `part` keeps digits elsewhere in the card (its description
 * carries a timestamp) from being measured instead.
 */
function leftOf(page: Page, selector: string, text: string, part: string) {
  return page.locator(selector).evaluate(
    (element, { text, part }) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const textAt = node.textContent!.indexOf(text);
        if (textAt < 0) continue;
        const at = textAt + text.indexOf(part);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + part.length);
        return range.getBoundingClientRect().left;
      }
      throw new Error(`${text} not found`);
    },
    { text, part },
  );
}

test('the media library reads 1200×675 left to right, and a refused upload keeps the chosen file', async ({ page }) => {
  await signIn(page, 'writer');
  await page.goto('/admin/media');
  const picture = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#3a6' } })
    .jpeg()
    .toBuffer();
  const file = page.getByLabel('الصورة', { exact: true });
  await file.setInputFiles({ name: 'wide.jpg', mimeType: 'image/jpeg', buffer: picture });
  await page.getByRole('button', { name: 'رفع صورة' }).click();
  await expect(page.getByText('اكتب وصفًا للصورة لمن لا يراها.')).toBeVisible();
  expect(await file.evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe('wide.jpg');

  const alt = `صورة عريضة ${Date.now()}`;
  await page.getByLabel('الوصف البديل').fill(alt);
  await page.getByRole('button', { name: 'رفع صورة' }).click();
  await expect(page.getByRole('status')).toHaveText('رُفعت الصورة وأصبحت في المكتبة.');
  const card = page.getByRole('list', { name: 'مكتبة الصور' }).getByRole('listitem').filter({ hasText: alt });
  await expect(card).toContainText('1200×675');
  await card.evaluate((element) => element.setAttribute('data-card', 'wide'));
  expect(await leftOf(page, '[data-card="wide"]', '1200×675', '1200')).toBeLessThan(
    await leftOf(page, '[data-card="wide"]', '1200×675', '675'),
  );
});

test('unpublishing asks first, like deleting', async ({ page }) => {
  const title = `خبر يُلغى نشره ${Date.now()}`;
  const id = insertPublishedStory('world', title);
  await signIn(page, 'editor');
  await page.goto(`/admin/articles/${id}`);
  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'إلغاء النشر' }).click();
  await settle(page);
  expect(questions).toHaveLength(1);
  expect(articleRow(id)?.status).toBe('published');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'إلغاء النشر' }).click();
  await expect(page.getByText('أُلغي نشر الخبر.')).toBeVisible();
  expect(articleRow(id)?.status).toBe('unpublished');
});

test('links in the editor look like links and each block takes its own direction', async ({ page }) => {
  const title = `خبر بقائمة مختلطة ${Date.now()}`;
  const id = insertPublishedStory('world', title);
  runSql(
    `update articles set body = ? where id = ?`,
    '<p>نص فيه <a href="https://example.com/">رابط</a> للقراءة.</p><ul><li>بند بالعربية</li><li>An English item</li></ul>',
    id,
  );
  await signIn(page, 'editor');
  await page.goto(`/admin/articles/${id}`);
  const editor = page.getByRole('textbox', { name: 'نص الخبر' });
  const link = editor.getByRole('link', { name: 'رابط' });
  await expect(link).toHaveCSS('text-decoration-line', 'underline');
  const [linkColour, textColour] = await Promise.all([
    link.evaluate((element) => getComputedStyle(element).color),
    editor
      .locator('p')
      .first()
      .evaluate((element) => getComputedStyle(element).color),
  ]);
  expect(linkColour).not.toBe(textColour);
  await expect(editor.locator('li').filter({ hasText: 'An English item' })).toHaveCSS('direction', 'ltr');
  await expect(editor.locator('li').filter({ hasText: 'بند بالعربية' })).toHaveCSS('direction', 'rtl');
  await expect(editor.locator('p').first()).toHaveCSS('direction', 'rtl');
});

test('a writer’s story carries their own byline: the form offers no other', async ({ page }) => {
  await signIn(page, 'writer');
  await page.goto('/admin/articles/new');
  await expect(page.getByRole('heading', { level: 1, name: 'خبر جديد' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'الكاتب' })).toHaveCount(0);
  await expect(page.locator('[name="authorId"]')).toHaveCount(0);
});
