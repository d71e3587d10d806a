import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { fillStory, signIn } from './support/admin';
import { ORIGIN } from './support/origin';
import { actionBody, actionState, manifestActions } from './support/server-actions';
import { callUploadAction, postChunked } from './support/upload-action';
import { ACTION_BODY_LIMIT_BYTES } from '../lib/request-guard';
import { MAX_UPLOAD_BYTES } from '../lib/media/limits';

/** A photo as a phone writes it: JPEG with the place it was taken in its EXIF. */
async function phonePhoto() {
  return sharp({ create: { width: 1800, height: 1200, channels: 3, background: { r: 180, g: 120, b: 40 } } })
    .withExif({ IFD0: { Make: 'PhoneMaker' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 25/1 0/1' } })
    .jpeg()
    .toBuffer();
}

test('an uploaded photo is re-encoded without its location, reused in a story, and served in AVIF and WebP', async ({
  page,
  request,
}) => {
  await signIn(page, 'writer');
  await page.getByRole('link', { name: 'الصور' }).click();
  const alt = `ساحة الحرم عند الغروب ${Date.now()}`;
  await page
    .getByLabel('الصورة', { exact: true })
    .setInputFiles({ name: 'IMG_0042.JPG', mimeType: 'image/jpeg', buffer: await phonePhoto() });
  await page.getByLabel('الوصف البديل').fill(alt);
  await page.getByLabel('المصدر أو المصوّر').fill('تصوير: فريق الموقع');
  await page.getByRole('button', { name: 'رفع صورة' }).click();
  await expect(page.getByRole('status')).toHaveText('رُفعت الصورة وأصبحت في المكتبة.');
  const card = page.getByRole('list', { name: 'مكتبة الصور' }).getByRole('listitem').filter({ hasText: alt });
  await expect(card).toContainText('1600×1067');

  const src = await card.locator('img').getAttribute('src');
  expect(src).toMatch(/^\/media\/[a-f0-9]{24}-1600\.webp$/);
  const avifSet = await card.locator('source[type="image/avif"]').getAttribute('srcset');
  expect(avifSet?.split(', ').map((entry) => entry.split(' ')[1])).toEqual(['480w', '960w', '1600w']);
  for (const url of [src!, avifSet!.split(' ')[0]]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const metadata = await sharp(await response.body()).metadata();
    expect(metadata.format).toBe(url.endsWith('.avif') ? 'heif' : 'webp');
    expect(metadata.exif, `${url} keeps no EXIF`).toBeUndefined();
  }
  // Its social image (og:image once a story leads with it): a 1200×630 JPEG, named by the same random key.
  const social = await request.get(src!.replace(/^\/media\/([a-f0-9]{24})-\d+\.webp$/, '/media/social/$1.jpg'));
  expect(social.status()).toBe(200);
  const socialSize = await sharp(await social.body()).metadata();
  expect([socialSize.format, socialSize.width, socialSize.height, socialSize.exif]).toEqual([
    'jpeg',
    1200,
    630,
    undefined,
  ]);
  expect((await request.get('/media/social/1.jpg')).status()).toBe(404);
  expect((await request.get('/media/..%2F..%2Fe2e.db')).status()).toBe(404);
  expect((await request.get(src!.replace('.webp', '.png'))).status()).toBe(404);

  // The library is where stories take their pictures from.
  const title = `صورة من المكتبة في خبر ${Date.now()}`;
  await fillStory(page, title, 'نص الخبر.');
  await page.getByLabel('الصورة الرئيسية').selectOption({ label: alt });
  await page.getByLabel('صورة من المكتبة').selectOption({ label: alt });
  await page.getByRole('button', { name: 'إدراج الصورة' }).click();
  await page.getByRole('button', { name: 'حفظ', exact: true }).click();
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  await page.getByRole('link', { name: 'معاينة' }).click();
  const lead = page.locator('figure picture').first();
  await expect(lead.locator('source[type="image/avif"]')).toHaveAttribute('srcset', avifSet!);
  await expect(lead.locator('img')).toHaveAttribute('alt', alt);
  await expect(page.locator(`.article-body img[src="${src}"]`)).toHaveAttribute('alt', alt);
});

test('files that are not photos are refused by their content, and what was typed stays', async ({ page }) => {
  await signIn(page, 'writer');
  await page.goto('/admin/media');
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" onload="alert(1)"><rect width="800" height="600"/></svg>';
  await page
    .getByLabel('الصورة', { exact: true })
    .setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(svg) });
  await page.getByLabel('الوصف البديل').fill('وصف يبقى بعد الرفض');
  await page.getByRole('button', { name: 'رفع صورة' }).click();
  await expect(page.getByText('نقبل صور JPEG وPNG وWebP وAVIF فقط (يُفحص محتوى الملف لا اسمه).')).toBeVisible();
  await expect(page.getByLabel('الوصف البديل')).toHaveValue('وصف يبقى بعد الرفض');

  await page
    .getByLabel('الصورة', { exact: true })
    .setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
  await page.getByLabel('الوصف البديل').fill('');
  await page.getByRole('button', { name: 'رفع صورة' }).click();
  await expect(page.getByText('اكتب وصفًا للصورة لمن لا يراها.')).toBeVisible();

  await page
    .getByLabel('الصورة', { exact: true })
    .setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
  await page.getByLabel('الوصف البديل').fill('ملف ضخم');
  await page.getByRole('button', { name: 'رفع صورة' }).click();
  await expect(page.getByText('الصورة أكبر من المسموح (10 ميغابايت، 50 ميغابكسل).')).toBeVisible();
});

test('an upload past the limit is refused with the size message or a 413, and a chunked action post with a 411, never a 500', async ({
  page,
}) => {
  await signIn(page, 'writer');
  const upload = manifestActions().find((action) => action.name === 'uploadMediaAction')!;
  const fields = { alt: 'ملف أكبر من المسموح', credit: '' };
  const file = (bytes: number) => ({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(bytes) });

  // Over the upload limit, with its form still under the request limit: the field says why.
  const overUpload = await callUploadAction(page.request, upload, fields, 'file', file(MAX_UPLOAD_BYTES + 1));
  expect(overUpload.status()).toBe(200);
  expect(actionState(await overUpload.text())?.fieldErrors).toEqual({
    file: 'الصورة أكبر من المسموح (10 ميغابايت، 50 ميغابكسل).',
  });
  // Over the request limit (the size Next's proxy cuts bodies at, where 10–11 MiB gave a 500): refused whole.
  for (const bytes of [ACTION_BODY_LIMIT_BYTES, 10_800_000])
    expect((await callUploadAction(page.request, upload, fields, 'file', file(bytes))).status(), String(bytes)).toBe(
      413,
    );
  // A body with no length cannot be measured before it is read: refused before it is.
  const { data, contentType } = actionBody({ alt: 'بلا طول', credit: '' });
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const headers = { 'next-action': upload.id, 'content-type': contentType, accept: 'text/x-component', cookie };
  expect(await postChunked(`${ORIGIN}${upload.path}`, headers, data)).toBe(411);
});
