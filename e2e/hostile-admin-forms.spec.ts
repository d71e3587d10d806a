import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { HOSTILE_INPUTS, type HostileInput } from './fixtures/hostile-inputs';
import { sectionRows } from './support/database';
import {
  captureSubmission,
  expectInert,
  expectNothingRuns,
  formValue,
  inBatches,
  postAction,
  SLUG,
  STAMP,
  staffPage,
  storedOrRefused,
} from './support/hostile-pages';
import { captureActionPost } from './support/actions';
import { actionState, manifestActions, type FieldValue } from './support/server-actions';
import { callUploadAction } from './support/upload-action';

// Every hostile input through the masthead, section and media library forms
// (forged server-action POSTs): never a 500, and what is stored is inert where
// it is shown. The masthead is put back and the trial sections deleted
// whatever happens: the reader specs check the seed's masthead and menu.

test('the masthead and section forms refuse or neutralise each hostile input', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await staffPage(browser, 'admin');
  await page.goto('/admin/settings');
  const masthead = await captureSubmission(page, () => page.getByRole('button', { name: 'حفظ الترويسة' }).click());
  await expect(page.getByText('حُفظت الترويسة وظهرت على الموقع.')).toBeVisible();
  // The social links are addresses, sent their own inputs below; the rest is text.
  const linkFields = Object.keys(masthead.fields).filter((field) => field.endsWith('Url'));
  const mastheadFields = Object.keys(masthead.fields).filter((field) => !linkFields.includes(field));
  expect(mastheadFields.length).toBeGreaterThanOrEqual(8);
  let posts = 0;
  const post = async (action: { id: string; path: string }, fields: Record<string, FieldValue>) => {
    posts++;
    return (await postAction(page.request, action, fields)).state;
  };
  try {
    // One input per field, so a save carries as many inputs as the form has fields.
    for (let start = 0; start < HOSTILE_INPUTS.length; start += mastheadFields.length) {
      const batch = HOSTILE_INPUTS.slice(start, start + mastheadFields.length);
      const state = await post(masthead.action, {
        ...masthead.fields,
        ...Object.fromEntries(mastheadFields.map((field, index) => [field, formValue(batch[index % batch.length])])),
      });
      if (state?.status === 'error') {
        expect(
          Object.keys(state.fieldErrors ?? {}).length,
          batch.map((input) => input.name).join(', '),
        ).toBeGreaterThan(0);
        continue;
      }
      for (const path of ['/section/world', '/en/section/world']) {
        const html = await (await page.request.get(path)).text();
        for (const input of batch) expectInert(html, input, `masthead ${path}: ${input.name}`);
      }
    }
    // As every social link at once: refused unless it is an https address, and inert in the footer if it is.
    for (const input of HOSTILE_INPUTS) {
      const state = await post(masthead.action, {
        ...masthead.fields,
        ...Object.fromEntries(linkFields.map((field) => [field, formValue(input)])),
      });
      if (state?.status === 'error')
        expect(Object.keys(state.fieldErrors ?? {}).sort(), input.name).toEqual([...linkFields].sort());
      else expectInert(await (await page.request.get('/section/world')).text(), input, `social link: ${input.name}`);
    }
    await expectNothingRuns(page, '/section/world');
  } finally {
    expect((await post(masthead.action, masthead.fields))?.status).toBe('success');
  }

  await page.goto('/admin/sections');
  const slug = `hostile-${STAMP}`;
  await page.getByLabel('الرابط المختصر').fill(slug);
  await page.getByLabel('الاسم بالعربية', { exact: true }).fill('قسم تجريبي');
  await page.getByLabel('الاسم بالإنجليزية', { exact: true }).fill('Trial section');
  const section = await captureSubmission(page, () => page.getByRole('button', { name: 'إضافة القسم' }).click());
  await expect(page.getByRole('status')).toHaveText('حُفظت الأقسام وظهرت على الموقع.');
  const before = new Set(sectionRows().map((row) => row.id));
  const sectionId = sectionRows().find((row) => row.slug === slug)!.id;
  try {
    for (const input of HOSTILE_INPUTS) {
      const value = formValue(input);
      // As a new section's slug: refused, or stored as letters, digits and dashes only.
      const created = await post(section.action, { ...section.fields, slug: value, nameAr: 'قسم', nameEn: 'Section' });
      if (created?.status === 'error') expect(Object.keys(created.fieldErrors ?? {}), input.name).toEqual(['slug']);
      // As both names of the trial section: refused, or shown inert on its page.
      const renamed = await post(section.action, {
        ...section.fields,
        id: String(sectionId),
        slug: '',
        nameAr: value,
        nameEn: value,
      });
      if (renamed?.status === 'error') {
        expect(Object.keys(renamed.fieldErrors ?? {}).length, input.name).toBeGreaterThan(0);
        continue;
      }
      expectInert(await (await page.request.get(`/section/${slug}`)).text(), input, `section name: ${input.name}`);
    }
    expect(sectionRows().filter((row) => !SLUG.test(row.slug))).toEqual([]);
    await expectNothingRuns(page, `/section/${slug}`);
  } finally {
    // The trial section and any the corpus created: the menu ends as it began.
    const arrange = manifestActions().find((action) => action.name === 'arrangeSectionAction')!;
    for (const row of sectionRows().filter((row) => row.id === sectionId || !before.has(row.id))) {
      expect((await post(arrange, { id: String(row.id), move: 'delete' }))?.status, row.slug).toBe('success');
    }
  }
  console.log(
    `masthead and sections: ${HOSTILE_INPUTS.length} inputs × ${mastheadFields.length} masthead text fields, ${linkFields.length} social links and 3 section fields, ${posts} POSTs`,
  );
});

test('the media library refuses or neutralises each hostile input as a description and a credit', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await staffPage(browser, 'editor');
  await page.goto('/admin/media');
  const photo = {
    name: 'hostile.png',
    mimeType: 'image/png',
    buffer: await sharp({ create: { width: 240, height: 240, channels: 3, background: { r: 20, g: 90, b: 160 } } })
      .png()
      .toBuffer(),
  };
  // The browser does not hand over an upload's body, so the form's fields are read off the page.
  const upload = page.locator('form').filter({ has: page.getByRole('button', { name: 'رفع صورة' }) });
  const fields = await upload
    .locator('input[name]:not([type="hidden"])')
    .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('name')));
  expect(fields.sort()).toEqual(['alt', 'credit', 'file']);
  await page.getByLabel('الصورة', { exact: true }).setInputFiles(photo);
  await page.getByLabel('الوصف البديل').fill(`قالب رفع الصور ${STAMP}`);
  const sent = await captureActionPost(page, () => page.getByRole('button', { name: 'رفع صورة' }).click());
  await expect(page.getByRole('status')).toHaveText('رُفعت الصورة وأصبحت في المكتبة.');
  const action = { id: sent.headers()['next-action'], path: new URL(sent.url()).pathname };

  const stored: HostileInput[] = [];
  for (const input of HOSTILE_INPUTS) {
    const response = await callUploadAction(
      page.request,
      action,
      { alt: formValue(input), credit: formValue(input) },
      'file',
      photo,
    );
    expect(response.status(), input.name).toBe(200);
    if (storedOrRefused(actionState(await response.text()), ['alt', 'credit'], input.name)) stored.push(input);
  }
  // Newest first, 24 a page: the uploads fill the library's first two pages and the story form's picture menus.
  const pages = ['/admin/media', '/admin/media?page=2', '/admin/articles/new'].map((path) => ({ path }));
  await inBatches(page, pages, ({ path }, html) =>
    stored.forEach((input) => expectInert(html, input, `${path}: ${input.name}`)),
  );
  for (const { path } of pages) await expectNothingRuns(page, path);
  console.log(
    `media upload: ${HOSTILE_INPUTS.length} inputs × 2 fields (description, credit), ${HOSTILE_INPUTS.length} uploads, ${stored.length} stored, shown on ${pages.length} admin pages`,
  );
});
