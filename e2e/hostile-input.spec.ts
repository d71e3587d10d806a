import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { seedArticle } from '../db/seed/seed-article';
import { FIVE_MB_BODY, HOSTILE_INPUTS, urlForm, type HostileInput } from './fixtures/hostile-inputs';
import { ACTION_BODY_LIMIT_BYTES } from '../lib/request-guard';
import { SideServer } from '../scripts/support/side-server';
import { articleIdByTitle, articleRow, ensureStaff, openE2eDatabase, runSql, sectionRows, sqlValue } from './support/database';
import { fillStory } from './support/admin';
import { inertProblems } from './support/inert-html';
import { captureSubmission, expectInert, expectNothingRuns, formValue, inBatches, postAction, staffPage, storedOrRefused, UNWANTED } from './support/hostile-pages';
import { captureActionPost } from './support/actions';
import { ORIGIN } from './support/origin';
import { actionBody, actionState, callAction, manifestActions, type FieldValue } from './support/server-actions';
import { callUploadAction } from './support/upload-action';

// Every hostile input through every form field (forged server-action POSTs)
// and every public URL parameter: never a 500, and what is stored or shown is
// inert. Stories published here are unpublished again before the test ends,
// and the masthead is put back, for the journeys that run after this file.

const STAMP = Date.now();
const SLUG = /^[\p{L}\p{N}-]+$/u;
/** The story form's free-text fields; the rest of the form is choices and hidden state. */
const TEXT_FIELDS = ['title', 'kicker', 'excerpt', 'body', 'leadImageCaption', 'leadImageAlt', 'seoTitle', 'seoDescription', 'slug', 'tags'];
const CHOICE_FIELDS = ['id', 'version', 'intent', 'language', 'sectionId', 'authorId', 'leadImageId', 'topRank', 'topUntil', 'isBreaking', 'breakingUntil', 'publishAt'];

// The marker leads, so the slug made from the title is unique whatever the input.
const withPrefix = (prefix: string, value: FieldValue): FieldValue => (typeof value === 'string' ? `${prefix}${value}` : Buffer.concat([Buffer.from(prefix), value]));

type StoredStory = { id: number; slug: string; version: number; title: string; kicker: string | null; excerpt: string; body: string; tags: string };

function storyWithTitleStarting(prefix: string): StoredStory | undefined {
  const db = openE2eDatabase();
  try {
    return db
      .prepare(
        `select a.id, a.slug, a.version, a.title, a.kicker, a.excerpt, a.body,
           coalesce((select group_concat(t.name || ' ' || t.slug) from article_tags x join tags t on t.id = x.tag_id where x.article_id = a.id), '') as tags
         from articles a where a.title like ? order by a.id desc limit 1`,
      )
        .get(`${prefix}%`) as StoredStory | undefined;
  } finally {
    db.close();
  }
}

test('every story field refuses or neutralises each hostile input, on the page, in feeds, JSON-LD and search', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await staffPage(browser, 'editor');
  await fillStory(page, `قالب طلب الحفظ ${STAMP}`, 'نص.');
  const { action, fields: form } = await captureSubmission(page, () => page.getByRole('button', { name: 'حفظ', exact: true }).click(), 'intent');
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  // Every field the form sends is classified; a new field must join one list (and so the corpus run).
  expect(Object.keys(form).filter((field) => !TEXT_FIELDS.includes(field) && !CHOICE_FIELDS.includes(field))).toEqual([]);
  expect(Object.keys(form)).toEqual(expect.arrayContaining(TEXT_FIELDS));
  const newStory = { ...form, id: '', version: '' };
  // Each field gets as much of the input as its own maxlength admits, so one short field does not refuse the whole story.
  const maxLength = Object.fromEntries(
    await Promise.all(TEXT_FIELDS.map(async (field) => [field, Number((await page.locator(`[name="${field}"]`).first().getAttribute('maxlength')) ?? Infinity)] as const)),
  );
  const fit = (field: string, value: FieldValue) => (typeof value === 'string' && value.length > maxLength[field] ? value.slice(0, maxLength[field]) : value);
  let posts = 0;
  const post = async (fields: Record<string, FieldValue>) => {
    posts++;
    const response = await callAction(page.request, action, fields);
    // Past the body limit the request is refused whole (413), before any field is read.
    const tooLarge = actionBody(fields).data.length > ACTION_BODY_LIMIT_BYTES;
    expect(response.status(), String(fields.title).slice(0, 80)).toBe(tooLarge ? 413 : 200);
    return { response, tooLarge, state: tooLarge ? undefined : actionState(await response.text()) };
  };

  const published: { input: HostileInput; story: StoredStory }[] = [];
  for (const [index, input] of HOSTILE_INPUTS.entries()) {
    const value = formValue(input);
    const prefix = `hostile${STAMP}n${index} `;

    // 1. The input in every field at once, choices and hidden state included: refused field by field.
    const everywhere = await post(Object.fromEntries(Object.keys(form).map((field) => [field, value])));
    if (!everywhere.tooLarge) expect(Object.keys(everywhere.state?.fieldErrors ?? {}).length, input.name).toBeGreaterThan(0);

    // 2. The input in every text field of a story that is published: stored clean, or refused with field errors.
    const text = Object.fromEntries(TEXT_FIELDS.map((field) => [field, input.kind === 'long' ? value : fit(field, value)]));
    const story = await post({ ...newStory, ...text, slug: '', title: withPrefix(prefix, value), intent: 'publish' });
    const stored = storyWithTitleStarting(prefix);
    if (input.kind === 'long') {
      if (!story.tooLarge) expect(story.state?.fieldErrors, input.name).toMatchObject({ title: expect.any(String) });
      expect(stored, input.name).toBeUndefined();
    } else {
      expect({ input: input.name, redirect: story.response.headers()['x-action-redirect'] ?? story.state }).toEqual({ input: input.name, redirect: expect.stringMatching(/^\/admin\/articles\/\d+\?done=publish/) });
      expect(stored, input.name).toBeDefined();
      published.push({ input, story: stored! });
    }

    // 3. The input as the slug alone: refused, or stripped down to letters, digits and dashes.
    const slugged = await post({ ...newStory, title: `${prefix}slug رابط مختصر`, slug: value, intent: 'save' });
    const slugStory = storyWithTitleStarting(`${prefix}slug`);
    const outcome = slugged.state?.status === 'error' ? Object.keys(slugged.state.fieldErrors ?? {}) : slugStory?.slug;
    expect({ input: input.name, outcome }, JSON.stringify(slugged.state)?.slice(0, 300)).toEqual({ input: input.name, outcome: Array.isArray(outcome) ? ['slug'] : expect.stringMatching(SLUG) });
  }

  // A 5 MB body (under the upload-sized request limit) is refused by the form's rules;
  // a request over the limit is refused before it is read. Neither is a 500 or stored.
  posts += 2;
  const huge = await callAction(page.request, action, { ...newStory, title: `نص ضخم ${STAMP}`, body: FIVE_MB_BODY, intent: 'save' });
  expect(huge.status()).toBe(200);
  expect(Object.keys(actionState(await huge.text())?.fieldErrors ?? {})).toEqual(['body']);
  const oversized = `<p>${'ب'.repeat(ACTION_BODY_LIMIT_BYTES / 2)}</p>`;
  expect((await callAction(page.request, action, { ...newStory, title: `نص ضخم ${STAMP}`, body: oversized, intent: 'save' })).status()).toBe(413);
  expect(articleIdByTitle(`نص ضخم ${STAMP}`)).toBeUndefined();

  for (const { input, story } of published) {
    const storedText = [story.title, story.kicker ?? '', story.excerpt, story.body, story.tags].join('\n');
    expect(storedText, input.name).not.toMatch(UNWANTED);
    expect(story.slug, input.name).toMatch(SLUG);
    expect(inertProblems(story.body), input.name).toEqual([]);
    const reader = await page.request.get(`/news/${story.id}/${encodeURIComponent(story.slug)}`);
    expect(reader.status(), input.name).toBe(200);
    const html = await reader.text();
    expectInert(html, input, input.name);
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((block) => JSON.parse(block[1]) as { '@type': string; headline?: string }[]);
    expect(jsonLd.find((item) => item['@type'] === 'NewsArticle')?.headline, input.name).toBe(story.title);
  }
  for (const { input, story } of published.filter(({ input }) => input.kind === 'markup')) await expectNothingRuns(page, `/news/${story.id}/${encodeURIComponent(story.slug)}`);
  // The newsroom sees them on its own pages too: the editor, the preview and the revisions list.
  const adminViews = published.flatMap(({ input, story }) => ['', '/preview', '/revisions'].map((view) => ({ input, path: `/admin/articles/${story.id}${view}` })));
  await inBatches(page, adminViews, ({ input, path }, html) => expectInert(html, input, `${path}: ${input.name}`));

  // Feeds and sitemaps stay well-formed XML (a NUL would break them) and carry the headlines as text.
  const feedTitles = (await new Parser().parseString(await (await page.request.get('/section/science-tech/rss.xml')).text())).items.map((item) => item.title);
  expect(feedTitles).toContain(published.at(-1)!.story.title);
  await new Parser().parseString(await (await page.request.get('/rss.xml')).text());
  const newsSitemap = await page.request.get('/sitemaps/news.xml');
  expect(await newsSitemap.text()).toContain(`hostile${STAMP}`);
  const search = await page.request.get(`/search?q=hostile${STAMP}`);
  expect(search.status()).toBe(200);
  const searchHtml = await search.text();
  expect(searchHtml).toMatch(new RegExp(`/news/(?:${published.map(({ story }) => story.id).join('|')})/`));
  for (const { input } of published) expectInert(searchHtml, input, `search: ${input.name}`);
  await expectNothingRuns(page, `/search?q=hostile${STAMP}`);
  await expectNothingRuns(page, '/section/science-tech');

  // Readers should not meet these stories in the journeys that follow.
  for (const { story } of published) {
    await post({ ...newStory, id: String(story.id), version: String(articleRow(story.id)!.version), title: `مسحوب ${story.id}`, excerpt: '', body: '', tags: '', slug: '', intent: 'unpublish' });
    expect(articleRow(story.id)?.status).toBe('unpublished');
  }
  console.log(`story form: ${HOSTILE_INPUTS.length} inputs × ${Object.keys(form).length} fields (${TEXT_FIELDS.length} free text), ${posts} POSTs, ${published.length} stories rendered on the reader page and ${adminViews.length} admin pages`);
});

test('every public parameter and path segment answers 200/30x/404 (400 for undecodable URLs), never 500, and stays inert', async ({ request }) => {
  test.setTimeout(120_000);
  const seedId = articleIdByTitle(seedArticle.title);
  const tag = encodeURIComponent('الصين');
  const targets: [string, (value: string) => string][] = [
    ['search q', (value) => `/search?q=${value}`],
    ['search section', (value) => `/search?q=${tag}&section=${value}`],
    ['search sort', (value) => `/search?q=${tag}&sort=${value}`],
    ['search page', (value) => `/search?q=${tag}&page=${value}`],
    ['search dates', (value) => `/search?q=${tag}&from=${value}&to=${value}`],
    ['English search', (value) => `/en/search?q=${value}`],
    ['article slug', (value) => `/news/${seedId}/${value}`],
    ['article id', (value) => `/news/${value}/x`],
    ['section', (value) => `/section/${value}`],
    ['English section', (value) => `/en/section/${value}`],
    // Listings paginate by path; the old ?page= answers 308 to it.
    ['section page', (value) => `/section/world/page/${value}`],
    ['section ?page', (value) => `/section/world?page=${value}`],
    ['tag', (value) => `/tag/${value}`],
    ['tag page', (value) => `/tag/${tag}/page/${value}`],
    ['tag ?page', (value) => `/tag/${tag}?page=${value}`],
    ['author', (value) => `/author/${value}`],
    ['author page', (value) => `/author/newsroom/page/${value}`],
    ['author ?page', (value) => `/author/newsroom?page=${value}`],
    ['section feed', (value) => `/section/${value}/rss.xml`],
    ['sitemap file', (value) => `/sitemaps/${value}`],
    ['media file', (value) => `/media/${value}`],
    ['set-password link', (value) => `/admin/invite/${value}`],
    ['any path', (value) => `/${value}`],
  ];
  // Next reads a malformed query leniently; only a path that does not decode is a bad request.
  const inPath = (url: (value: string) => string) => url('VALUE').split('?')[0].includes('VALUE');
  const checks = targets.flatMap(([target, url]) => HOSTILE_INPUTS.map((input) => ({ target, input, path: url(urlForm(input)), inPath: inPath(url) })));
  // A few at a time: bounded, and each answer is checked on its own.
  for (let start = 0; start < checks.length; start += 8) {
    await Promise.all(
      checks.slice(start, start + 8).map(async ({ target, input, path, inPath }) => {
        const response = await request.get(path, { maxRedirects: 0 });
        const allowed = input.malformedUrl && inPath ? [400] : [200, 301, 308, 404];
        expect(allowed, `${target} ← ${input.name}: ${response.status()}`).toContain(response.status());
        if ((response.headers()['content-type'] ?? '').includes('text/html')) expectInert(await response.text(), input, `${target} ← ${input.name}`, false);
      }),
    );
  }
  console.log(`public URLs: ${HOSTILE_INPUTS.length} inputs × ${targets.length} parameters and path segments = ${checks.length} requests`);
});

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
  // One input per field, so a save carries as many inputs as the form has fields.
  for (let start = 0; start < HOSTILE_INPUTS.length; start += mastheadFields.length) {
    const batch = HOSTILE_INPUTS.slice(start, start + mastheadFields.length);
    const state = await post(masthead.action, { ...masthead.fields, ...Object.fromEntries(mastheadFields.map((field, index) => [field, formValue(batch[index % batch.length])])) });
    if (state?.status === 'error') {
      expect(Object.keys(state.fieldErrors ?? {}).length, batch.map((input) => input.name).join(', ')).toBeGreaterThan(0);
      continue;
    }
    for (const path of ['/section/world', '/en/section/world']) {
      const html = await (await page.request.get(path)).text();
      for (const input of batch) expectInert(html, input, `masthead ${path}: ${input.name}`);
    }
  }
  // As every social link at once: refused unless it is an https address, and inert in the footer if it is.
  for (const input of HOSTILE_INPUTS) {
    const state = await post(masthead.action, { ...masthead.fields, ...Object.fromEntries(linkFields.map((field) => [field, formValue(input)])) });
    if (state?.status === 'error') expect(Object.keys(state.fieldErrors ?? {}).sort(), input.name).toEqual([...linkFields].sort());
    else expectInert(await (await page.request.get('/section/world')).text(), input, `social link: ${input.name}`);
  }
  await expectNothingRuns(page, '/section/world');
  // Put the masthead back for the journeys that read it.
  expect((await post(masthead.action, masthead.fields))?.status).toBe('success');

  await page.goto('/admin/sections');
  const slug = `hostile-${STAMP}`;
  await page.getByLabel('الرابط المختصر').fill(slug);
  await page.getByLabel('الاسم بالعربية', { exact: true }).fill('قسم تجريبي');
  await page.getByLabel('الاسم بالإنجليزية', { exact: true }).fill('Trial section');
  const section = await captureSubmission(page, () => page.getByRole('button', { name: 'إضافة القسم' }).click());
  await expect(page.getByRole('status')).toHaveText('حُفظت الأقسام وظهرت على الموقع.');
  const before = new Set(sectionRows().map((row) => row.id));
  const sectionId = sectionRows().find((row) => row.slug === slug)!.id;
  for (const input of HOSTILE_INPUTS) {
    const value = formValue(input);
    // As a new section's slug: refused, or stored as letters, digits and dashes only.
    const created = await post(section.action, { ...section.fields, slug: value, nameAr: 'قسم', nameEn: 'Section' });
    if (created?.status === 'error') expect(Object.keys(created.fieldErrors ?? {}), input.name).toEqual(['slug']);
    // As both names of the trial section: refused, or shown inert on its page.
    const renamed = await post(section.action, { ...section.fields, id: String(sectionId), slug: '', nameAr: value, nameEn: value });
    if (renamed?.status === 'error') {
      expect(Object.keys(renamed.fieldErrors ?? {}).length, input.name).toBeGreaterThan(0);
      continue;
    }
    expectInert(await (await page.request.get(`/section/${slug}`)).text(), input, `section name: ${input.name}`);
  }
  expect(sectionRows().filter((row) => !SLUG.test(row.slug))).toEqual([]);
  await expectNothingRuns(page, `/section/${slug}`);
  // The menu of the journeys that follow has the seed sections only.
  const arrange = manifestActions().find((action) => action.name === 'arrangeSectionAction')!;
  for (const row of sectionRows().filter((row) => row.id === sectionId || !before.has(row.id))) {
    expect((await post(arrange, { id: String(row.id), move: 'delete' }))?.status, row.slug).toBe('success');
  }
  console.log(`masthead and sections: ${HOSTILE_INPUTS.length} inputs × ${mastheadFields.length} masthead text fields, ${linkFields.length} social links and 3 section fields, ${posts} POSTs`);
});

// Messages a refusal may give: each says what to change (not the generic «قيمة غير صالحة»).
const ADMIN_MESSAGES = JSON.parse(fs.readFileSync('messages/ar/admin.json', 'utf8')) as {
  AdminErrors: Record<string, string>;
  Admin: { tagsBoard: Record<string, string>; topBoard: Record<string, string> };
};
const TAG_NAME_REFUSALS = [ADMIN_MESSAGES.AdminErrors.tooLong, ADMIN_MESSAGES.AdminErrors.tagSeparator, ADMIN_MESSAGES.Admin.tagsBoard.badName];
const UNTIL_REFUSALS = [ADMIN_MESSAGES.AdminErrors.tooLong, ADMIN_MESSAGES.Admin.topBoard.badUntil];
const TAG_NAME_MAX = 60;

type MarkedTag = { id: number; name: string; slug: string; articleId: number };

function tagsNamed(prefix: string): MarkedTag[] {
  const db = openE2eDatabase();
  try {
    return db
      .prepare('select t.id, t.name, t.slug, x.article_id as articleId from tags t join article_tags x on x.tag_id = t.id where t.name like ? order by t.id')
      .all(`${prefix}%`) as MarkedTag[];
  } finally {
    db.close();
  }
}

test('every hostile input as a tag name is refused with a message, or stored clean and inert on the tags board, the story and the tag page', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await staffPage(browser, 'admin');
  const mark = `وسم${STAMP.toString(36)}`;
  // A story carries 12 tags at most: one tag per input, over as many stories as that takes.
  const tagNames = HOSTILE_INPUTS.map((_, index) => `${mark}n${index}`);
  const groups = Array.from({ length: Math.ceil(tagNames.length / 12) }, (_, group) => tagNames.slice(group * 12, group * 12 + 12));
  await fillStory(page, `${mark} خبر 0`, 'نص.');
  await page.getByLabel('الكلمات المفتاحية').fill(groups[0].join('، '));
  const story = await captureSubmission(page, () => page.getByRole('button', { name: 'نشر الآن' }).click(), 'intent');
  await expect(page.getByText('نُشر الخبر وظهر على الموقع.')).toBeVisible();
  for (const [group, names] of groups.entries()) {
    if (group === 0) continue;
    const { response } = await postAction(page.request, story.action, { ...story.fields, id: '', version: '', slug: '', title: `${mark} خبر ${group}`, tags: names.join('، '), intent: 'publish' });
    expect(response.headers()['x-action-redirect']).toMatch(/^\/admin\/articles\/\d+\?done=publish/);
  }
  const tags = new Map(tagsNamed(mark).map((tag) => [tag.name, tag]));
  expect([...tags.keys()].sort()).toEqual([...tagNames].sort());

  // The rename the board sends (to the same name: a no-op), replayed below with each input.
  await page.goto(`/admin/tags?q=${encodeURIComponent(mark)}`);
  const rename = await captureSubmission(page, () => page.getByRole('button', { name: `حفظ الاسم: ${tagNames[0]}`, exact: true }).click());
  await expect(page.getByRole('status')).toHaveText(`صار الوسم «${tagNames[0]}» باسم «${tagNames[0]}».`);
  expect(Object.keys(rename.fields).sort()).toEqual(['id', 'intent', 'name']);

  let posts = 0;
  const renamed: { input: HostileInput; tag: MarkedTag }[] = [];
  for (const [index, input] of HOSTILE_INPUTS.entries()) {
    const tag = tags.get(tagNames[index])!;
    // The tag's own name leads, so the slug stays unique and no rename turns into a merge.
    const value = withPrefix(`${tag.name} `, formValue(input));
    const tryName = async (name: FieldValue, where: string) => {
      posts++;
      const { state } = await postAction(page.request, rename.action, { ...rename.fields, id: String(tag.id), name }, where);
      if (storedOrRefused(state, ['name'], where)) return true;
      expect(TAG_NAME_REFUSALS, where).toContain(state?.fieldErrors?.name);
      expect(sqlValue<string>('select name from tags where id = ?', tag.id), `${where}: refused, so unchanged`).toBe(tag.name);
      return false;
    };
    // Whole, then (when only its length was refused) cut to the field's length, so the text itself is tried too.
    let stored = await tryName(value, input.name);
    if (!stored && typeof value === 'string' && value.length > TAG_NAME_MAX) stored = await tryName(value.slice(0, TAG_NAME_MAX), `${input.name} (first ${TAG_NAME_MAX})`);
    if (stored) renamed.push({ input, tag });
  }
  const after = new Map(tagsNamed(mark).map((tag) => [tag.id, tag]));
  for (const { input, tag } of renamed) {
    const now = after.get(tag.id)!;
    expect(now.name, input.name).not.toMatch(UNWANTED);
    expect(now.name, input.name).not.toBe(tag.name);
    expect(now.slug, input.name).toMatch(SLUG);
    tag.name = now.name;
    tag.slug = now.slug;
  }

  // The board, each story and each tag's reader page show the new names, inert.
  const stories = [...new Set(renamed.map(({ tag }) => tag.articleId))].map((id) => ({ id, path: `/news/${id}` }));
  const board = `/admin/tags?q=${encodeURIComponent(mark)}`;
  await inBatches(page, [{ path: board }], (_, html) => renamed.forEach(({ input }) => expectInert(html, input, `${board}: ${input.name}`)));
  await inBatches(page, stories, ({ id, path }, html) =>
    renamed
      .filter(({ tag }) => tag.articleId === id)
      .forEach(({ input, tag }) => {
        expect(html, `${path}: ${input.name}`).toContain(`href="/tag/${encodeURIComponent(tag.slug)}"`);
        expectInert(html, input, `${path}: ${input.name}`);
      }),
  );
  const tagPages = renamed.map(({ input, tag }) => ({ input, path: `/tag/${encodeURIComponent(tag.slug)}` }));
  await inBatches(page, tagPages, ({ input, path }, html) => expectInert(html, input, `${path}: ${input.name}`));
  for (const path of [board, ...stories.map(({ path }) => path), ...tagPages.filter(({ input }) => input.kind === 'markup').slice(0, 3).map(({ path }) => path)]) await expectNothingRuns(page, path);

  // Deleted again (the audit log keeps the names, inert), and the stories withdrawn, for the journeys that follow.
  for (const tag of after.values()) {
    posts++;
    const { state } = await postAction(page.request, rename.action, { ...rename.fields, id: String(tag.id), name: '', intent: 'delete' }, tag.name);
    expect(state?.status, tag.name).toBe('success');
  }
  expect(tagsNamed(mark)).toEqual([]);
  await inBatches(page, [{ path: '/admin/audit' }], (_, html) => renamed.forEach(({ input }) => expectInert(html, input, `audit: ${input.name}`)));
  for (const { id } of stories) {
    const { response } = await postAction(page.request, story.action, { ...story.fields, id: String(id), version: String(articleRow(id)!.version), title: articleRow(id)!.title, tags: '', slug: '', intent: 'unpublish' });
    expect(response.status()).toBe(200);
    expect(articleRow(id)?.status).toBe('unpublished');
  }
  const refused = HOSTILE_INPUTS.filter((input) => !renamed.some((entry) => entry.input === input)).map((input) => input.name);
  console.log(`tag rename: ${HOSTILE_INPUTS.length} inputs, ${posts} POSTs (renames and deletes), ${renamed.length} stored and shown on the tags board, ${stories.length} stories and ${tagPages.length} tag pages; refused: ${refused.join(', ') || 'none'}`);
});

function pinnedSlots(): { id: number; topRank: number; topUntil: number | null }[] {
  const db = openE2eDatabase();
  try {
    return db.prepare('select id, top_rank as topRank, top_until as topUntil from articles where top_rank is not null order by id').all() as never;
  } finally {
    db.close();
  }
}

test('the «أهم الأخبار» pin form refuses each hostile input as the story, the expiry or the move, and pins nothing', async ({ browser }) => {
  const page = await staffPage(browser, 'admin');
  await page.goto('/admin/top-news');
  // Sent once for real with an expiry in the past: refused, so the capture pins nothing either.
  const board = page.locator('section[lang="ar"]');
  await board.getByLabel('ينتهي التثبيت في (اختياري)').fill('2020-01-01T00:00:00');
  const pin = await captureSubmission(page, () => board.getByRole('button', { name: 'ثبّت', exact: true }).click());
  await expect(board.getByText(ADMIN_MESSAGES.Admin.topBoard.badUntil).first()).toBeVisible();
  expect(Object.keys(pin.fields).sort()).toEqual(['articleId', 'move', 'until']);
  expect(pin.fields.move).toBe('pin');
  const before = pinnedSlots();
  const attempts = HOSTILE_INPUTS.flatMap((input): { input: HostileInput; field: string; fields: Record<string, FieldValue> }[] => [
    { input, field: 'until', fields: { until: formValue(input) } },
    // A real moment with the input after it: the whole value must be a date.
    { input, field: 'until', fields: { until: withPrefix('2999-01-01T00:00', formValue(input)) } },
    { input, field: 'articleId', fields: { articleId: formValue(input), until: '' } },
    { input, field: 'move', fields: { move: formValue(input), until: '' } },
  ]);
  for (let start = 0; start < attempts.length; start += 4) {
    await Promise.all(
      attempts.slice(start, start + 4).map(async ({ input, field, fields }) => {
        const where = `${field}: ${input.name}`;
        const { state } = await postAction(page.request, pin.action, { ...pin.fields, ...fields }, where);
        expect(state?.status, where).toBe('error');
        expect(Object.keys(state?.fieldErrors ?? {}), where).toEqual([field]);
        if (field === 'until') expect(UNTIL_REFUSALS, where).toContain(state?.fieldErrors?.until);
        else expect(state?.fieldErrors?.[field], where).toBeTruthy();
      }),
    );
  }
  expect(pinnedSlots()).toEqual(before);
  await inBatches(page, [{ path: '/admin/top-news' }, { path: '/' }], ({ path }, html) => HOSTILE_INPUTS.forEach((input) => expectInert(html, input, `${path}: ${input.name}`)));
  console.log(`top-news pin: ${HOSTILE_INPUTS.length} inputs × 3 fields (story, expiry twice, move) = ${attempts.length} POSTs, every one refused, nothing pinned`);
});

test('every admin list and tags board parameter answers 200 (404 for a bad tags page), never 500, and stays inert', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await staffPage(browser, 'admin');
  const authorId = sqlValue<number>('select id from authors order by id limit 1');
  const targets: [string, (value: string) => string, number][] = [
    ['list q', (value) => `/admin?q=${value}`, 200],
    ['list status', (value) => `/admin?status=${value}`, 200],
    ['list section', (value) => `/admin?section=${value}`, 200],
    ['list author', (value) => `/admin?author=${value}`, 200],
    // A malformed page number falls back to the first page here.
    ['list page', (value) => `/admin?page=${value}`, 200],
    ['deleted stories of an author, q', (value) => `/admin?status=deleted&author=${authorId}&q=${value}&page=${value}`, 200],
    ['tags q', (value) => `/admin/tags?q=${value}`, 200],
    ['tags page', (value) => `/admin/tags?q=a&page=${value}`, 404],
  ];
  const checks = targets.flatMap(([target, url, status]) => HOSTILE_INPUTS.map((input) => ({ target, input, path: url(urlForm(input)), status })));
  for (let start = 0; start < checks.length; start += 6) {
    await Promise.all(
      checks.slice(start, start + 6).map(async ({ target, input, path, status }) => {
        const response = await page.request.get(path, { maxRedirects: 0 });
        expect(response.status(), `${target} ← ${input.name}`).toBe(status);
        expectInert(await response.text(), input, `${target} ← ${input.name}`, false);
      }),
    );
  }
  // The search boxes echo what was asked: loaded in the browser, nothing runs.
  const echoed = HOSTILE_INPUTS.filter((input) => ['script tag', 'img onerror', 'attribute breakout'].includes(input.name));
  for (const input of echoed) for (const path of [`/admin?q=${urlForm(input)}`, `/admin/tags?q=${urlForm(input)}`]) await expectNothingRuns(page, path);
  console.log(`admin GET parameters: ${HOSTILE_INPUTS.length} inputs × ${targets.length} parameters = ${checks.length} requests, ${echoed.length * 2} loaded in the browser`);
});

/** A draft with two saved versions written straight into the database, past the sanitiser and the control filter (as an import might leave one). */
function insertUnsanitisedDraft(title: string, text: string): number {
  const db = openE2eDatabase();
  try {
    const sectionId = db.prepare('select id from sections order by id limit 1').pluck().get() as number;
    const now = Date.now();
    const words = { title, kicker: text, subtitle: text, excerpt: text, body: text, leadImageCaption: text, leadImageAlt: text, seoTitle: text, seoDescription: text };
    const id = Number(
      db
        .prepare(
          `insert into articles (language, slug, title, kicker, subtitle, excerpt, body, lead_image_caption, lead_image_alt, seo_title, seo_description, section_id, status, version, created_at, updated_at)
           values ('ar', @slug, @title, @kicker, @subtitle, @excerpt, @body, @leadImageCaption, @leadImageAlt, @seoTitle, @seoDescription, @sectionId, 'draft', 2, @now, @now)`,
        )
        .run({ ...words, slug: `unsanitised-${STAMP}`, sectionId, now }).lastInsertRowid,
    );
    const snapshot = JSON.stringify({ ...words, slug: `unsanitised-${STAMP}`, sectionId, authorId: null, leadImageId: null, tagNames: [text], status: 'draft' });
    const revision = db.prepare('insert into article_revisions (article_id, version, saved_at, saved_by, snapshot) values (?, ?, ?, null, ?)');
    revision.run(id, 1, now - 60_000, snapshot);
    revision.run(id, 2, now, snapshot);
    return id;
  } finally {
    db.close();
  }
}

test('markup stored without the sanitiser stays inert on the editor, the preview and the revisions page', async ({ browser }) => {
  const page = await staffPage(browser, 'editor');
  const inputs = HOSTILE_INPUTS.filter((input) => input.kind !== 'long');
  const text = inputs.map((input) => input.text).join('\n');
  const id = insertUnsanitisedDraft(`مسودة لم تمر بالمنقّي ${STAMP} ${text}`, text);
  try {
    for (const view of ['', '/preview', '/revisions']) {
      const path = `/admin/articles/${id}${view}`;
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      // The controls were never filtered out here; what counts is that nothing is live.
      for (const input of inputs) expectInert(html, input, `${path}: ${input.name}`, false);
      await expectNothingRuns(page, path);
    }
  } finally {
    for (const table of ['article_autosaves', 'article_locks']) runSql(`delete from ${table} where article_id = ?`, id);
    runSql('delete from articles where id = ?', id);
  }
  console.log(`unsanitised draft: ${inputs.length} inputs at once in 9 story fields and 2 revisions × 3 admin pages, each loaded in the browser`);
});

test('the media library refuses or neutralises each hostile input as a description and a credit', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await staffPage(browser, 'editor');
  await page.goto('/admin/media');
  const photo = { name: 'hostile.png', mimeType: 'image/png', buffer: await sharp({ create: { width: 240, height: 240, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer() };
  // The browser does not hand over an upload's body, so the form's fields are read off the page.
  const upload = page.locator('form').filter({ has: page.getByRole('button', { name: 'رفع صورة' }) });
  const fields = await upload.locator('input[name]:not([type="hidden"])').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('name')));
  expect(fields.sort()).toEqual(['alt', 'credit', 'file']);
  await page.getByLabel('الصورة', { exact: true }).setInputFiles(photo);
  await page.getByLabel('الوصف البديل').fill(`قالب رفع الصور ${STAMP}`);
  const sent = await captureActionPost(page, () => page.getByRole('button', { name: 'رفع صورة' }).click());
  await expect(page.getByRole('status')).toHaveText('رُفعت الصورة وأصبحت في المكتبة.');
  const action = { id: sent.headers()['next-action'], path: new URL(sent.url()).pathname };

  const stored: HostileInput[] = [];
  for (const input of HOSTILE_INPUTS) {
    const response = await callUploadAction(page.request, action, { alt: formValue(input), credit: formValue(input) }, 'file', photo);
    expect(response.status(), input.name).toBe(200);
    if (storedOrRefused(actionState(await response.text()), ['alt', 'credit'], input.name)) stored.push(input);
  }
  // Newest first, 24 a page: the uploads fill the library's first two pages and the story form's picture menus.
  const pages = ['/admin/media', '/admin/media?page=2', '/admin/articles/new'].map((path) => ({ path }));
  await inBatches(page, pages, ({ path }, html) => stored.forEach((input) => expectInert(html, input, `${path}: ${input.name}`)));
  for (const { path } of pages) await expectNothingRuns(page, path);
  console.log(`media upload: ${HOSTILE_INPUTS.length} inputs × 2 fields (description, credit), ${HOSTILE_INPUTS.length} uploads, ${stored.length} stored, shown on ${pages.length} admin pages`);
});

const UNKNOWN_LINK = 'هذا الرابط غير صالح. تأكد من أنك نسخته كاملًا، أو اطلب رابطًا جديدًا من مدير الموقع.';
const BAD_CREDENTIALS = 'البريد الإلكتروني أو كلمة المرور غير صحيحة.';
const actionNamed = (name: string) => manifestActions().find((action) => action.name === name)!;

test('staff invitations and set-password links refuse or neutralise each hostile input; a password that is taken signs in', async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  const page = await staffPage(browser, 'admin');
  await page.goto('/admin/staff');
  const form = page.getByRole('region', { name: 'دعوة عضو جديد' });
  await form.getByLabel('الاسم').fill(`قالب الدعوة ${STAMP}`);
  await form.getByLabel('البريد الإلكتروني').fill(`hostile-template-${STAMP}@newsroom.test`);
  const invite = await captureSubmission(page, () => form.getByRole('button', { name: 'إنشاء الدعوة' }).click());
  await expect(form.getByRole('status')).toHaveText(`أُنشئ حساب قالب الدعوة ${STAMP} ورابط دعوته.`);
  expect(Object.keys(invite.fields).sort()).toEqual(['authorId', 'email', 'name', 'role']);

  let posts = 0;
  const post = async (fields: Record<string, FieldValue>) => (posts++, (await postAction(page.request, invite.action, { ...invite.fields, ...fields })).state);
  const named: HostileInput[] = [];
  const invited: { input: HostileInput; email: string; path: string }[] = [];
  for (const [index, input] of HOSTILE_INPUTS.entries()) {
    const email = `hostile-${STAMP}-${index}@newsroom.test`;
    // As the name: stored (and so shown below), or refused; a refused name is invited again plainly, for the link.
    let answer = await post({ name: formValue(input), email });
    if (storedOrRefused(answer, ['name'], `name: ${input.name}`)) named.push(input);
    else answer = await post({ name: `عضو مدعو ${index}`, email });
    invited.push({ input, email, path: new URL(answer!.link!).pathname });
    // As the address: refused (or stored, and shown below).
    if (storedOrRefused(await post({ name: `عضو ${index}`, email: formValue(input) }), ['email'], `email: ${input.name}`)) named.push(input);
  }
  // Names are shown on the staff page, in the audit log and on each one's set-password page.
  await inBatches(page, [{ path: '/admin/staff' }, { path: '/admin/audit' }], ({ path }, html) => named.forEach((input) => expectInert(html, input, `${path}: ${input.name}`)));
  await inBatches(page, invited, ({ input, path }, html) => expectInert(html, input, `set-password page: ${input.name}`));
  for (const path of ['/admin/staff', '/admin/audit', ...invited.filter(({ input }) => input.kind === 'markup').map(({ path }) => path)]) await expectNothingRuns(page, path);

  // Each link takes its input as the password: refused with a message, or set, and then it signs in.
  const [setPassword, signIn] = [actionNamed('setPasswordAction'), actionNamed('signInAction')];
  let passwordsSet = 0;
  for (const { input, email, path } of invited) {
    const visitor = await playwright.request.newContext({ baseURL: ORIGIN });
    try {
      const password = formValue(input);
      const set = await postAction(visitor, setPassword, { token: path.split('/').at(-1)!, password, confirm: password }, input.name);
      if (set.response.headers()['x-action-redirect']) {
        passwordsSet++;
        const signedIn = await postAction(visitor, signIn, { email, password }, input.name);
        expect(signedIn.response.headers()['x-action-redirect'], `signs in with ${input.name}`).toMatch(/^\/admin(?:;|$)/);
      } else {
        expect(storedOrRefused(set.state, ['password', 'confirm'], `password: ${input.name}`)).toBe(false);
      }
      // As the token: an unknown link, or a refused field.
      const forged = (await postAction(visitor, setPassword, { token: formValue(input), password: 'a-long-enough-password', confirm: 'a-long-enough-password' }, input.name)).state;
      expect(forged?.message === UNKNOWN_LINK || Object.keys(forged?.fieldErrors ?? {}).join() === 'token', `token: ${input.name}: ${JSON.stringify(forged)?.slice(0, 200)}`).toBe(true);
    } finally {
      await visitor.dispose();
    }
  }
  console.log(`staff invite and set-password: ${HOSTILE_INPUTS.length} inputs × 2 invite fields and 2 set-password fields, ${posts} invites, ${named.length} shown on the staff, audit and link pages, ${passwordsSet} passwords set and signed in with`);
});

test('sign-in with a hostile address or password fails with a plain message, never a 500', async ({ request }) => {
  test.setTimeout(90_000);
  // On a server of its own: the failures count against the sign-in throttle.
  const server = await SideServer.create();
  try {
    await server.start();
    const { email, password } = await ensureStaff('editor', { databaseFile: server.databaseFile });
    const signIn = { ...actionNamed('signInAction'), path: `${server.base}/admin/sign-in` };
    const attempts = HOSTILE_INPUTS.flatMap((input) => [
      { input, field: 'email', fields: { email: formValue(input), password } },
      { input, field: 'password', fields: { email, password: formValue(input) } },
    ]);
    for (let start = 0; start < attempts.length; start += 4) {
      await Promise.all(
        attempts.slice(start, start + 4).map(async ({ input, field, fields }) => {
          const { response, state } = await postAction(request, signIn, fields, input.name);
          const where = `${field}: ${input.name}`;
          expect(response.headers()['x-action-redirect'], where).toBeUndefined();
          // The one message for a wrong address or password, or a message on the field that is malformed.
          if (state?.message !== BAD_CREDENTIALS) expect(storedOrRefused(state, [field], where), where).toBe(false);
        }),
      );
      // Four at a time stay under the throttle's limits; the count starts again for the next four.
      const db = openE2eDatabase(server.databaseFile);
      db.prepare('delete from sign_in_failures').run();
      db.close();
    }
    expect(server.log(1000)).not.toContain('"event":"request-error"');
    console.log(`sign-in: ${HOSTILE_INPUTS.length} inputs × 2 fields = ${attempts.length} attempts, every one refused`);
  } finally {
    await server.dispose();
  }
});
