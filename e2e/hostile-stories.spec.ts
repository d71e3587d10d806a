import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { FIVE_MB_BODY, HOSTILE_INPUTS, type HostileInput } from './fixtures/hostile-inputs';
import { ACTION_BODY_LIMIT_BYTES } from '../lib/request-guard';
import { articleIdByTitle, articleRow, openE2eDatabase, runSql } from './support/database';
import { fillStory } from './support/admin';
import { inertProblems } from './support/inert-html';
import {
  captureSubmission,
  expectInert,
  expectNothingRuns,
  formValue,
  inBatches,
  SLUG,
  STAMP,
  staffPage,
  UNWANTED,
  withPrefix,
} from './support/hostile-pages';
import { actionBody, actionState, callAction, manifestActions, type FieldValue } from './support/server-actions';
import { SideServer } from '../scripts/support/side-server';

// Every hostile input through every field of the story form (forged
// server-action POSTs): never a 500, and what is stored is inert on the reader
// page, in feeds, JSON-LD and search, and on the newsroom's own pages, as is
// markup written past the sanitiser. Stories published here are unpublished
// again before the test ends: the site ends as it began.

/** The story form's free-text fields; the rest of the form is choices and hidden state. */
const TEXT_FIELDS = [
  'title',
  'kicker',
  'excerpt',
  'body',
  'leadImageCaption',
  'leadImageAlt',
  'seoTitle',
  'seoDescription',
  'slug',
  'tags',
];
const CHOICE_FIELDS = [
  'id',
  'version',
  'createKey',
  'intent',
  'language',
  'sectionId',
  'authorId',
  'coAuthorIds',
  'leadImageId',
  'topRank',
  'topUntil',
  'isBreaking',
  'breakingUntil',
  'publishAt',
  'genre',
];

type StoredStory = {
  id: number;
  slug: string;
  version: number;
  title: string;
  kicker: string | null;
  excerpt: string;
  body: string;
  tags: string;
};

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

test('every story field refuses or neutralises each hostile input, on the page, in feeds, JSON-LD and search', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await staffPage(browser, 'editor');
  await fillStory(page, `قالب طلب الحفظ ${STAMP}`, 'نص.');
  const { action, fields: form } = await captureSubmission(
    page,
    () => page.getByRole('button', { name: 'حفظ', exact: true }).click(),
    'intent',
  );
  await expect(page.getByText('حُفظ الخبر.')).toBeVisible();
  // Every field the form sends is classified; a new field must join one list (and so the corpus run).
  expect(Object.keys(form).filter((field) => !TEXT_FIELDS.includes(field) && !CHOICE_FIELDS.includes(field))).toEqual(
    [],
  );
  expect(Object.keys(form)).toEqual(expect.arrayContaining(TEXT_FIELDS));
  // No form key: each post is a story of its own (a key would make every post a retry of the first).
  const newStory = { ...form, id: '', version: '', createKey: '' };
  // Each field gets as much of the input as its own maxlength admits, so one short field does not refuse the whole story.
  const maxLength = Object.fromEntries(
    await Promise.all(
      TEXT_FIELDS.map(
        async (field) =>
          [
            field,
            Number((await page.locator(`[name="${field}"]`).first().getAttribute('maxlength')) ?? Infinity),
          ] as const,
      ),
    ),
  );
  const fit = (field: string, value: FieldValue) =>
    typeof value === 'string' && value.length > maxLength[field] ? value.slice(0, maxLength[field]) : value;
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
    if (!everywhere.tooLarge)
      expect(Object.keys(everywhere.state?.fieldErrors ?? {}).length, input.name).toBeGreaterThan(0);

    // 2. The input in every text field of a story that is published: stored clean, or refused with field errors.
    const text = Object.fromEntries(
      TEXT_FIELDS.map((field) => [field, input.kind === 'long' ? value : fit(field, value)]),
    );
    const story = await post({ ...newStory, ...text, slug: '', title: withPrefix(prefix, value), intent: 'publish' });
    const stored = storyWithTitleStarting(prefix);
    if (input.kind === 'long') {
      if (!story.tooLarge) expect(story.state?.fieldErrors, input.name).toMatchObject({ title: expect.any(String) });
      expect(stored, input.name).toBeUndefined();
    } else {
      expect({ input: input.name, redirect: story.response.headers()['x-action-redirect'] ?? story.state }).toEqual({
        input: input.name,
        redirect: expect.stringMatching(/^\/admin\/articles\/\d+\?done=publish/),
      });
      expect(stored, input.name).toBeDefined();
      published.push({ input, story: stored! });
    }

    // 3. The input as the slug alone: refused, or stripped down to letters, digits and dashes.
    const slugged = await post({ ...newStory, title: `${prefix}slug رابط مختصر`, slug: value, intent: 'save' });
    const slugStory = storyWithTitleStarting(`${prefix}slug`);
    const outcome = slugged.state?.status === 'error' ? Object.keys(slugged.state.fieldErrors ?? {}) : slugStory?.slug;
    expect({ input: input.name, outcome }, JSON.stringify(slugged.state)?.slice(0, 300)).toEqual({
      input: input.name,
      outcome: Array.isArray(outcome) ? ['slug'] : expect.stringMatching(SLUG),
    });
  }

  // A 5 MB body (under the upload-sized request limit) is refused by the form's rules;
  // a request over the limit is refused before it is read. Neither is a 500 or stored.
  posts += 2;
  const huge = await callAction(page.request, action, {
    ...newStory,
    title: `نص ضخم ${STAMP}`,
    body: FIVE_MB_BODY,
    intent: 'save',
  });
  expect(huge.status()).toBe(200);
  expect(Object.keys(actionState(await huge.text())?.fieldErrors ?? {})).toEqual(['body']);
  const oversized = `<p>${'ب'.repeat(ACTION_BODY_LIMIT_BYTES / 2)}</p>`;
  expect(
    (
      await callAction(page.request, action, { ...newStory, title: `نص ضخم ${STAMP}`, body: oversized, intent: 'save' })
    ).status(),
  ).toBe(413);
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
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap(
      (block) => JSON.parse(block[1]) as { '@type': string; headline?: string }[],
    );
    expect(jsonLd.find((item) => item['@type'] === 'NewsArticle')?.headline, input.name).toBe(story.title);
  }
  for (const { story } of published.filter(({ input }) => input.kind === 'markup'))
    await expectNothingRuns(page, `/news/${story.id}/${encodeURIComponent(story.slug)}`);
  // The newsroom sees them on its own pages too: the editor, the preview and the revisions list.
  const adminViews = published.flatMap(({ input, story }) =>
    ['', '/preview', '/revisions'].map((view) => ({ input, path: `/admin/articles/${story.id}${view}` })),
  );
  await inBatches(page, adminViews, ({ input, path }, html) => expectInert(html, input, `${path}: ${input.name}`));

  // Feeds and sitemaps stay well-formed XML (a NUL would break them) and carry the headlines as text.
  const feedTitles = (
    await new Parser().parseString(await (await page.request.get('/section/science-tech/rss.xml')).text())
  ).items.map((item) => item.title);
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

  // Withdrawn again: the run's own stories, off the public site.
  for (const { story } of published) {
    await post({
      ...newStory,
      id: String(story.id),
      version: String(articleRow(story.id)!.version),
      title: `مسحوب ${story.id}`,
      excerpt: '',
      body: '',
      tags: '',
      slug: '',
      intent: 'unpublish',
    });
    expect(articleRow(story.id)?.status).toBe('unpublished');
  }
  console.log(
    `story form: ${HOSTILE_INPUTS.length} inputs × ${Object.keys(form).length} fields (${TEXT_FIELDS.length} free text), ${posts} POSTs, ${published.length} stories rendered on the reader page and ${adminViews.length} admin pages`,
  );
});

/** A draft with two saved versions written straight into the database, past the sanitiser and the control filter (as an import might leave one). */
function insertUnsanitisedDraft(title: string, text: string): number {
  const db = openE2eDatabase();
  try {
    const sectionId = db.prepare('select id from sections order by id limit 1').pluck().get() as number;
    const now = Date.now();
    const words = {
      title,
      kicker: text,
      subtitle: text,
      excerpt: text,
      body: text,
      leadImageCaption: text,
      leadImageAlt: text,
      seoTitle: text,
      seoDescription: text,
    };
    const id = Number(
      db
        .prepare(
          `insert into articles (language, slug, title, kicker, subtitle, excerpt, body, lead_image_caption, lead_image_alt, seo_title, seo_description, section_id, status, version, created_at, updated_at)
           values ('ar', @slug, @title, @kicker, @subtitle, @excerpt, @body, @leadImageCaption, @leadImageAlt, @seoTitle, @seoDescription, @sectionId, 'draft', 2, @now, @now)`,
        )
        .run({ ...words, slug: `unsanitised-${STAMP}`, sectionId, now }).lastInsertRowid,
    );
    const snapshot = JSON.stringify({
      ...words,
      slug: `unsanitised-${STAMP}`,
      sectionId,
      authorId: null,
      leadImageId: null,
      tagNames: [text],
      status: 'draft',
    });
    const revision = db.prepare(
      'insert into article_revisions (article_id, version, saved_at, saved_by, snapshot) values (?, ?, ?, null, ?)',
    );
    revision.run(id, 1, now - 60_000, snapshot);
    revision.run(id, 2, now, snapshot);
    return id;
  } finally {
    db.close();
  }
}

test('markup stored without the sanitiser stays inert on the editor, the preview and the revisions page', async ({
  browser,
}) => {
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
  console.log(
    `unsanitised draft: ${inputs.length} inputs at once in 9 story fields and 2 revisions × 3 admin pages, each loaded in the browser`,
  );
});

test('fifty cross-origin story posts are refused with a 403 and cost the log one warning, no error line', async ({
  request,
}) => {
  // On a server of its own, so its log holds only what these requests caused.
  const server = await SideServer.create();
  try {
    await server.start();
    const save = manifestActions().find((action) => action.name === 'saveArticleAction')!;
    const { data, contentType } = actionBody({ intent: 'save', language: 'ar', sectionId: '1', title: 'مزوّر' });
    const post = (origin: string) =>
      request.post(`${server.base}${save.path}`, {
        headers: { 'next-action': save.id, 'content-type': contentType, accept: 'text/x-component', origin },
        data,
        maxRedirects: 0,
      });
    const statuses: number[] = [];
    for (let start = 0; start < 50; start += 10)
      statuses.push(
        ...(await Promise.all(Array.from({ length: 10 }, () => post('http://attacker.test')))).map((r) => r.status()),
      );
    expect(new Set(statuses)).toEqual(new Set([403]));
    // The same post from the site's own origin reaches the action (and is told to sign in).
    expect((await post(server.base)).status()).toBe(200);
    const log = server.log(1000).split('\n');
    const refusals = log.filter((line) => line.includes('cross-origin') || line.includes('does not match'));
    expect(refusals).toHaveLength(1);
    expect(JSON.parse(refusals[0])).toMatchObject({ level: 'warn', event: 'cross-origin-action-refused' });
    expect(log.filter((line) => line.includes('"level":"error"') || line.includes('Aborting the action'))).toEqual([]);
    console.log(`cross-origin: ${statuses.length} forged posts, ${refusals.length} log line`);
  } finally {
    await server.dispose();
  }
});

test('a new story posted twice with its form key is one story: the second post saves onto the first', async ({
  browser,
}) => {
  const page = await staffPage(browser, 'editor');
  await page.goto('/admin/articles/new');
  const createKey = await page.locator('input[name="createKey"]').getAttribute('value');
  expect(createKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  // Another render of the form is another form: another key.
  await page.reload();
  expect(await page.locator('input[name="createKey"]').getAttribute('value')).not.toBe(createKey);

  const save = manifestActions().find((action) => action.name === 'saveArticleAction')!;
  const title = `خبر أعيد إرساله ${STAMP}`;
  // A draft, so the public pages and their caches stay as they were.
  const story = {
    intent: 'save',
    language: 'ar',
    sectionId: '1',
    title,
    excerpt: '',
    body: '<p>نص</p>',
    createKey: createKey!,
  };
  const savedId = async (fields: Record<string, string>) => {
    const response = await callAction(page.request, save, fields);
    expect(response.status()).toBe(200);
    const answer = response.headers()['x-action-redirect'] ?? (await response.text()).slice(0, 300);
    return Number(/^\/admin\/articles\/(\d+)\?done=save/.exec(answer)?.[1] ?? answer);
  };
  // The first answer lost (as when the server died after the commit), the editor presses again, then edits and presses once more.
  const ids = [await savedId(story), await savedId(story), await savedId({ ...story, title: `${title} معدّل` })];
  expect(new Set(ids).size, String(ids)).toBe(1);
  expect(articleIdByTitle(title)).toBeUndefined();
  expect(articleRow(ids[0])).toMatchObject({ title: `${title} معدّل`, status: 'draft', version: 3 });
  // Another form's key is another story.
  const other = await savedId({ ...story, title: `${title} آخر`, createKey: crypto.randomUUID() });
  expect(other).not.toBe(ids[0]);
  for (const id of [ids[0], other]) runSql("update articles set status = 'deleted' where id = ?", id);
  console.log(`form key: 3 posts of one form → story ${ids[0]}; another form's key → story ${other}`);
});
