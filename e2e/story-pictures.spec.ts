import { expect, test, type Locator, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { fillStory, signIn } from './support/admin';
import { articleIdsByTitle } from './support/database';

// Pictures where the story is written: uploads into the story form (lead image and body) by the file chooser,
// drag and drop and paste, the body figure's caption and credit on the page and in the feed, and the lead
// image's focal point on the 16:9 cards and in the social image.

/** A wide photo: a busy striped subject at its start (left), plain white elsewhere. */
function photo(seed: number) {
  const stripes = Array.from({ length: 10 }, (_, index) => ({
    input: { create: { width: 50, height: 600, channels: 3 as const, background: index % 2 ? '#1030c0' : '#d02010' } },
    left: index * 50,
    top: 0,
  }));
  return sharp({ create: { width: 2400, height: 600, channels: 3, background: { r: 255, g: 255, b: 255 - seed } } })
    .composite(stripes)
    .png()
    .toBuffer();
}

/** Sends a drop or a paste of `buffer` as a PNG file to `target`, as a browser does when a file is dragged or pasted. */
async function sendFile(target: Locator, kind: 'drop' | 'paste', buffer: Buffer, name: string) {
  await target.evaluate(
    (element, { kind, base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'image/png' }));
      const event =
        kind === 'drop'
          ? new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
          : new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
      element.dispatchEvent(event);
    },
    { kind, base64: buffer.toString('base64'), name },
  );
}

const chosenFile = (input: Locator) => input.evaluate((element: HTMLInputElement) => element.files?.[0]?.name ?? '');

async function publish(page: Page, title: string): Promise<number> {
  await page.getByRole('button', { name: 'نشر الآن' }).click();
  await expect(page.getByText('نُشر الخبر وظهر على الموقع.')).toBeVisible();
  const [id] = articleIdsByTitle(title);
  return id;
}

test('a lead image chosen in the story form is uploaded there; one refused for its description keeps the file and what was typed', async ({
  page,
}) => {
  await signIn(page, 'editor');
  const stamp = Date.now();
  const title = `صورة رئيسية من نموذج الخبر ${stamp}`;
  await fillStory(page, title, 'نص الخبر مع صورة رفعت من النموذج.');
  const zone = page.getByRole('group', { name: 'رفع صورة رئيسية' });
  const file = zone.getByLabel('صورة من جهازك');
  await file.setInputFiles({ name: 'lead.png', mimeType: 'image/png', buffer: await photo(1) });
  await zone.getByLabel('التعليق').fill(`المؤتمر الصحفي ${stamp}`);
  await zone.getByLabel('المصدر أو المصوّر').fill('تصوير: هالة <سامي>');
  await zone.getByRole('button', { name: 'رفع الصورة' }).click();

  // Refused on the server for the missing description: the message under the field, the file and the words kept.
  await expect(zone.getByText('اكتب وصفًا للصورة لمن لا يراها.')).toBeVisible();
  await expect(zone.getByLabel('الوصف البديل')).toHaveAttribute('aria-invalid', 'true');
  expect(await chosenFile(file)).toBe('lead.png');
  await expect(zone.getByLabel('التعليق')).toHaveValue(`المؤتمر الصحفي ${stamp}`);
  await expect(page.getByLabel('الصورة الرئيسية')).toHaveValue('');

  const alt = `منصة المؤتمر الصحفي ${stamp}`;
  await zone.getByLabel('الوصف البديل').fill(alt);
  await zone.getByRole('button', { name: 'رفع الصورة' }).click();
  await expect(zone.getByRole('status')).toHaveText('رُفعت الصورة وأصبحت في المكتبة.');
  // The new picture is the lead image, listed in the picker, its caption in the story's caption field.
  const lead = page.getByLabel('الصورة الرئيسية');
  await expect(lead.locator('option:checked')).toHaveText(alt);
  await expect(page.getByLabel('تعليق الصورة')).toHaveValue(`المؤتمر الصحفي ${stamp}`);
  await expect(page.getByTestId('preview-image')).toHaveAttribute('src', /^\/media\/[a-f0-9]{24}-\d+\.webp$/);
  expect(await chosenFile(file)).toBe('');

  const id = await publish(page, title);
  await page.goto(`/news/${id}`);
  const figure = page.locator('article figure').filter({ has: page.getByRole('img', { name: alt }) });
  await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /480w/);
  await expect(figure.locator('figcaption')).toContainText(`المؤتمر الصحفي ${stamp}`);
  await expect(figure.locator('figcaption')).toContainText('تصوير: هالة <سامي>');
});

test('pictures dropped on the lead image and pasted into the body: the body figure keeps its caption and credit on the page and in the feed', async ({
  page,
  request,
}) => {
  await signIn(page, 'editor');
  const stamp = Date.now();
  const title = `صور بالسحب واللصق ${stamp}`;
  await fillStory(page, title, 'فقرة أولى قبل الصورة.');

  const zone = page.getByRole('group', { name: 'رفع صورة رئيسية' });
  await sendFile(zone, 'drop', await photo(2), 'dropped.png');
  expect(await chosenFile(zone.getByLabel('صورة من جهازك'))).toBe('dropped.png');
  const leadAlt = `صورة مسحوبة ${stamp}`;
  await zone.getByLabel('الوصف البديل').fill(leadAlt);
  await zone.getByRole('button', { name: 'رفع الصورة' }).click();
  await expect(page.getByLabel('الصورة الرئيسية').locator('option:checked')).toHaveText(leadAlt);

  // A picture pasted into the text opens the body's upload with it; its words are asked before it is inserted.
  const editor = page.getByRole('textbox', { name: 'نص الخبر' });
  await editor.click();
  await sendFile(editor, 'paste', await photo(3), 'pasted.png');
  const bodyZone = page.getByRole('group', { name: 'رفع صورة إلى النص' });
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'صورة من جهازك' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  expect(await chosenFile(bodyZone.getByLabel('صورة من جهازك'))).toBe('pasted.png');
  const bodyAlt = `صورة ملصقة ${stamp}`;
  const caption = `محطة التحلية على الساحل ${stamp}`;
  await bodyZone.getByLabel('الوصف البديل').fill(bodyAlt);
  await bodyZone.getByLabel('التعليق').fill(caption);
  await bodyZone.getByLabel('المصدر أو المصوّر').fill('وكالة الأنباء');
  await bodyZone.getByRole('button', { name: 'رفع الصورة' }).click();
  await expect(editor.locator('figure img')).toHaveAttribute('alt', bodyAlt);
  await expect(editor.locator('figure figcaption')).toContainText(caption);
  await expect(bodyZone).toBeHidden();
  // The toolbar button opens the same upload by keyboard.
  await page.getByRole('toolbar').getByRole('button', { name: 'صورة من جهازك' }).focus();
  await page.keyboard.press('Enter');
  await expect(bodyZone).toBeVisible();

  const id = await publish(page, title);
  await page.goto(`/news/${id}`);
  const figure = page.locator('.article-body figure').filter({ has: page.getByRole('img', { name: bodyAlt }) });
  await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /480w/);
  await expect(figure.locator('figcaption')).toContainText(caption);
  await expect(figure.locator('figcaption')).toContainText('وكالة الأنباء');

  const feed = await new Parser().parseString(await (await request.get('/rss.xml')).text());
  const item = feed.items.find((entry) => entry.title === title);
  expect(item?.['content:encoded']).toContain(`<figcaption>${caption} <small>وكالة الأنباء</small></figcaption>`);
  expect(item?.['content:encoded']).toContain(`alt="${bodyAlt}"`);
  // A feed reader resolves nothing against the site: the picture's address is absolute.
  expect(item?.['content:encoded']).toMatch(/<img src="https?:\/\/[^"/]+\/media\/[^"]+"/);
});

test('the focal point, set by a click and by keyboard, moves the card crop and gives a new social image', async ({
  page,
  request,
}) => {
  await signIn(page, 'editor');
  const stamp = Date.now();
  const title = `نقطة التركيز ${stamp}`;
  await fillStory(page, title, 'نص خبر الصورة العريضة.');
  const zone = page.getByRole('group', { name: 'رفع صورة رئيسية' });
  await zone
    .getByLabel('صورة من جهازك')
    .setInputFiles({ name: 'wide.png', mimeType: 'image/png', buffer: await photo(4) });
  await zone.getByLabel('الوصف البديل').fill(`صورة عريضة ${stamp}`);
  await zone.getByRole('button', { name: 'رفع الصورة' }).click();
  await expect(zone.getByRole('status')).toBeVisible();
  const id = await publish(page, title);

  const ogImage = async () => {
    await page.goto(`/news/${id}`);
    return (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  };
  const before = await ogImage();
  const beforeBytes = await (await request.get(before)).body();
  const card = () => page.locator(`article:has(a[href^="/news/${id}/"]) img`).first();
  await page.goto('/section/science-tech');
  expect(await card().evaluate((image) => getComputedStyle(image).objectPosition)).toBe('50% 50%');

  await page.goto(`/admin/articles/${id}`);
  const focus = page.getByRole('group', { name: 'نقطة التركيز' });
  const across = focus.getByLabel('الموضع الأفقي (٪)');
  const down = focus.getByLabel('الموضع العمودي (٪)');
  // A click on the picture places the point where it lands.
  const picture = focus.getByTestId('focal-picture');
  const box = (await picture.boundingBox())!;
  await picture.click({ position: { x: box.width * 0.25, y: box.height * 0.8 } });
  await expect(across).toHaveValue(/^2[4-6]$/);
  await expect(down).toHaveValue(/^(79|80|81)$/);
  await expect(focus.getByTestId('focal-card-preview')).toHaveCSS('object-position', /^2[4-6]% (79|80|81)%$/);
  // The sliders do it by keyboard: to the far end across, to the top down.
  await across.focus();
  await page.keyboard.press('End');
  await down.focus();
  await page.keyboard.press('Home');
  await expect(across).toHaveValue('100');
  await expect(down).toHaveValue('0');
  await focus.getByRole('button', { name: 'حفظ نقطة التركيز' }).focus();
  await page.keyboard.press('Enter');
  await expect(focus.getByRole('status')).toHaveText('حُفظت نقطة التركيز؛ تتبعها البطاقات وصورة المشاركة.');

  await page.goto('/section/science-tech');
  expect(await card().evaluate((image) => getComputedStyle(image).objectPosition)).toBe('100% 0%');
  const after = await ogImage();
  expect(after).not.toBe(before);
  expect(after).toMatch(/\/media\/social\/[a-f0-9]{24}_100_0\.jpg$/);
  const social = await request.get(after);
  expect(social.headers()['content-type']).toBe('image/jpeg');
  const afterBytes = await social.body();
  expect(afterBytes.equals(beforeBytes)).toBe(false);
  const size = await sharp(afterBytes).metadata();
  expect([size.format, size.width, size.height]).toEqual(['jpeg', 1200, 630]);
  // Only the picture's current crop is served: another point's name is not made.
  expect((await request.get(after.replace('_100_0', '_10_10'))).status()).toBe(404);
});
