import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { HOSTILE_INPUTS, type HostileInput } from './fixtures/hostile-inputs';
import { articleRow, openE2eDatabase, runSql, sqlValue } from './support/database';
import { fillStory } from './support/admin';
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
  UNWANTED,
  withPrefix,
} from './support/hostile-pages';
import { manifestActions, type FieldValue } from './support/server-actions';

// Every hostile input through the tags board and the «أهم الأخبار» board
// (forged server-action POSTs): refused with a message that says what to
// change, or stored clean and inert. The run's tags and stories are its own
// (marked with STAMP), deleted and withdrawn again at the end; nothing is pinned.

// Messages a refusal may give: each says what to change (not the generic «قيمة غير صالحة»).
const ADMIN_MESSAGES = JSON.parse(fs.readFileSync('messages/ar/admin.json', 'utf8')) as {
  AdminErrors: Record<string, string>;
  Admin: { tagsBoard: Record<string, string>; topBoard: Record<string, string> };
};
const TAG_NAME_REFUSALS = [
  ADMIN_MESSAGES.AdminErrors.tooLong,
  ADMIN_MESSAGES.AdminErrors.tagSeparator,
  ADMIN_MESSAGES.Admin.tagsBoard.badName,
];
const UNTIL_REFUSALS = [ADMIN_MESSAGES.AdminErrors.tooLong, ADMIN_MESSAGES.Admin.topBoard.badUntil];
const TAG_NAME_MAX = 60;

type MarkedTag = { id: number; name: string; slug: string; articleId: number };

function tagsNamed(prefix: string): MarkedTag[] {
  const db = openE2eDatabase();
  try {
    return db
      .prepare(
        'select t.id, t.name, t.slug, x.article_id as articleId from tags t join article_tags x on x.tag_id = t.id where t.name like ? order by t.id',
      )
      .all(`${prefix}%`) as MarkedTag[];
  } finally {
    db.close();
  }
}

test('every hostile input as a tag name is refused with a message, or stored clean and inert on the tags board, the story and the tag page', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await staffPage(browser, 'admin');
  const mark = `وسم${STAMP.toString(36)}`;
  // A story carries 12 tags at most: one tag per input, over as many stories as that takes.
  const tagNames = HOSTILE_INPUTS.map((_, index) => `${mark}n${index}`);
  const groups = Array.from({ length: Math.ceil(tagNames.length / 12) }, (_, group) =>
    tagNames.slice(group * 12, group * 12 + 12),
  );
  await fillStory(page, `${mark} خبر 0`, 'نص.');
  await page.getByLabel('الكلمات المفتاحية').fill(groups[0].join('، '));
  const story = await captureSubmission(page, () => page.getByRole('button', { name: 'نشر الآن' }).click(), 'intent');
  await expect(page.getByText('نُشر الخبر وظهر على الموقع.')).toBeVisible();
  for (const [group, names] of groups.entries()) {
    if (group === 0) continue;
    const { response } = await postAction(page.request, story.action, {
      ...story.fields,
      id: '',
      version: '',
      createKey: '',
      slug: '',
      title: `${mark} خبر ${group}`,
      tags: names.join('، '),
      intent: 'publish',
    });
    expect(response.headers()['x-action-redirect']).toMatch(/^\/admin\/articles\/\d+\?done=publish/);
  }
  const tags = new Map(tagsNamed(mark).map((tag) => [tag.name, tag]));
  expect([...tags.keys()].sort()).toEqual([...tagNames].sort());

  // The rename the board sends (to the same name: a no-op), replayed below with each input.
  await page.goto(`/admin/tags?q=${encodeURIComponent(mark)}`);
  const rename = await captureSubmission(page, () =>
    page.getByRole('button', { name: `حفظ الاسم: ${tagNames[0]}`, exact: true }).click(),
  );
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
      const { state } = await postAction(
        page.request,
        rename.action,
        { ...rename.fields, id: String(tag.id), name },
        where,
      );
      if (storedOrRefused(state, ['name'], where)) return true;
      expect(TAG_NAME_REFUSALS, where).toContain(state?.fieldErrors?.name);
      expect(sqlValue<string>('select name from tags where id = ?', tag.id), `${where}: refused, so unchanged`).toBe(
        tag.name,
      );
      return false;
    };
    // Whole, then (when only its length was refused) cut to the field's length, so the text itself is tried too.
    let stored = await tryName(value, input.name);
    if (!stored && typeof value === 'string' && value.length > TAG_NAME_MAX)
      stored = await tryName(value.slice(0, TAG_NAME_MAX), `${input.name} (first ${TAG_NAME_MAX})`);
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
  await inBatches(page, [{ path: board }], (_, html) =>
    renamed.forEach(({ input }) => expectInert(html, input, `${board}: ${input.name}`)),
  );
  await inBatches(page, stories, ({ id, path }, html) =>
    renamed
      .filter(({ tag }) => tag.articleId === id)
      .forEach(({ input, tag }) => {
        // A slug is letters, digits and hyphens, which a reader page's link writes as they are.
        expect(html, `${path}: ${input.name}`).toContain(`href="/tag/${tag.slug}"`);
        expectInert(html, input, `${path}: ${input.name}`);
      }),
  );
  const tagPages = renamed.map(({ input, tag }) => ({ input, path: `/tag/${encodeURIComponent(tag.slug)}` }));
  await inBatches(page, tagPages, ({ input, path }, html) => expectInert(html, input, `${path}: ${input.name}`));
  for (const path of [
    board,
    ...stories.map(({ path }) => path),
    ...tagPages
      .filter(({ input }) => input.kind === 'markup')
      .slice(0, 3)
      .map(({ path }) => path),
  ])
    await expectNothingRuns(page, path);

  // Deleted again (the audit log keeps the names, inert), and the stories withdrawn: the site ends as it began.
  for (const tag of after.values()) {
    posts++;
    const { state } = await postAction(
      page.request,
      rename.action,
      { ...rename.fields, id: String(tag.id), name: '', intent: 'delete' },
      tag.name,
    );
    expect(state?.status, tag.name).toBe('success');
  }
  expect(tagsNamed(mark)).toEqual([]);
  await inBatches(page, [{ path: '/admin/audit' }], (_, html) =>
    renamed.forEach(({ input }) => expectInert(html, input, `audit: ${input.name}`)),
  );
  for (const { id } of stories) {
    const { response } = await postAction(page.request, story.action, {
      ...story.fields,
      id: String(id),
      version: String(articleRow(id)!.version),
      title: articleRow(id)!.title,
      tags: '',
      slug: '',
      intent: 'unpublish',
    });
    expect(response.status()).toBe(200);
    expect(articleRow(id)?.status).toBe('unpublished');
  }
  const refused = HOSTILE_INPUTS.filter((input) => !renamed.some((entry) => entry.input === input)).map(
    (input) => input.name,
  );
  console.log(
    `tag rename: ${HOSTILE_INPUTS.length} inputs, ${posts} POSTs (renames and deletes), ${renamed.length} stored and shown on the tags board, ${stories.length} stories and ${tagPages.length} tag pages; refused: ${refused.join(', ') || 'none'}`,
  );
});

function pinnedSlots(): { id: number; topRank: number; topUntil: number | null }[] {
  const db = openE2eDatabase();
  try {
    return db
      .prepare(
        'select id, top_rank as topRank, top_until as topUntil from articles where top_rank is not null order by id',
      )
      .all() as never;
  } finally {
    db.close();
  }
}

test('the «أهم الأخبار» pin form refuses each hostile input as the story, the expiry or the move, and pins nothing', async ({
  browser,
}) => {
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
  const attempts = HOSTILE_INPUTS.flatMap(
    (input): { input: HostileInput; field: string; fields: Record<string, FieldValue> }[] => [
      { input, field: 'until', fields: { until: formValue(input) } },
      // A real moment with the input after it: the whole value must be a date.
      { input, field: 'until', fields: { until: withPrefix('2999-01-01T00:00', formValue(input)) } },
      { input, field: 'articleId', fields: { articleId: formValue(input), until: '' } },
      { input, field: 'move', fields: { move: formValue(input), until: '' } },
    ],
  );
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
  await inBatches(page, [{ path: '/admin/top-news' }, { path: '/' }], ({ path }, html) =>
    HOSTILE_INPUTS.forEach((input) => expectInert(html, input, `${path}: ${input.name}`)),
  );
  console.log(
    `top-news pin: ${HOSTILE_INPUTS.length} inputs × 3 fields (story, expiry twice, move) = ${attempts.length} POSTs, every one refused, nothing pinned`,
  );
});

test('every reference id an action takes, naming no row, is refused with a message in Arabic, never a 500', async ({
  browser,
}) => {
  const page = await staffPage(browser, 'admin');
  const action = (name: string) => manifestActions().find((entry) => entry.name === name)!;
  const title = `خبر بمراجع مجهولة ${STAMP}`;
  const story = { intent: 'save', language: 'ar', sectionId: '1', title, excerpt: '', body: '<p>نص</p>' };
  const { response } = await postAction(page.request, action('saveArticleAction'), story);
  const storyId = Number(/\/admin\/articles\/(\d+)/.exec(response.headers()['x-action-redirect'] ?? '')?.[1]);
  expect(storyId).toBeGreaterThan(0);
  const version = () => String(articleRow(storyId)!.version);

  let posts = 0;
  for (const unknown of ['99999', '1e30', '9223372036854775808']) {
    const refusals: [string, Record<string, string>, string[]?][] = [
      ['saveArticleAction', { ...story, title: `${title} جديد`, authorId: unknown }, ['authorId']],
      ['saveArticleAction', { ...story, title: `${title} جديد`, leadImageId: unknown }, ['leadImageId']],
      ['saveArticleAction', { ...story, title: `${title} جديد`, sectionId: unknown }, ['sectionId']],
      ['saveArticleAction', { ...story, id: String(storyId), version: version(), authorId: unknown }, ['authorId']],
      ['saveArticleAction', { ...story, id: unknown, version: '1' }],
      ['moveTopStoryAction', { articleId: unknown, move: 'pin', until: '' }],
      ['moveTopStoryAction', { articleId: unknown, move: 'up' }],
      ['arrangeSectionAction', { id: unknown, move: 'up' }],
      ['arrangeSectionAction', { id: unknown, move: 'delete' }],
      ['saveSectionAction', { id: unknown, slug: '', nameAr: 'قسم', nameEn: 'Section' }],
      ['editTagAction', { id: unknown, intent: 'rename', name: 'وسم' }],
      ['editTagAction', { id: unknown, intent: 'delete', name: '' }],
      ['restoreRevisionAction', { id: String(storyId), version: version(), revisionId: unknown }],
      ['restoreRevisionAction', { id: unknown, version: '1', revisionId: '1' }],
      ['keepEditingAction', { id: unknown, autosave: 'on', title: 'مسودة' }],
      ['changeRoleAction', { userId: unknown, role: 'editor' }],
      ['setActiveAction', { userId: unknown, active: 'false' }],
      ['issuePasswordLinkAction', { userId: unknown }],
      [
        'inviteStaffAction',
        { name: 'مدعو', email: `unknown-byline-${STAMP}@newsroom.test`, role: 'writer', authorId: unknown },
        ['authorId'],
      ],
    ];
    for (const [name, fields, fieldErrors] of refusals) {
      posts++;
      const where = `${name} ${JSON.stringify(fields)}`;
      const { state } = await postAction(page.request, action(name), fields, where);
      expect(state?.status, where).toBe('error');
      expect(state?.message, where).toMatch(/\p{Script=Arabic}/u);
      if (fieldErrors) expect(Object.keys(state?.fieldErrors ?? {}), where).toEqual(fieldErrors);
    }
  }
  expect(sqlValue<number>('select count(*) from articles where title = ?', `${title} جديد`)).toBe(0);
  expect(sqlValue<number>('select count(*) from users where email = ?', `unknown-byline-${STAMP}@newsroom.test`)).toBe(
    0,
  );

  // A version saved when its section, byline and picture existed, restored after they went: the story keeps its own.
  const db = openE2eDatabase();
  try {
    const content = { title: `${title} نسخة قديمة`, body: '<p>قديم</p>', excerpt: '', slug: `old-refs-${STAMP}` };
    db.prepare(
      'insert into article_revisions (article_id, version, saved_at, saved_by, snapshot) values (?, 0, ?, null, ?)',
    ).run(
      storyId,
      Date.now(),
      JSON.stringify({
        ...content,
        sectionId: 99999,
        authorId: 99999,
        leadImageId: 99999,
        tagNames: [],
        status: 'draft',
      }),
    );
  } finally {
    db.close();
  }
  const revisionId = sqlValue<number>('select max(id) from article_revisions where article_id = ?', storyId);
  posts++;
  const restored = await postAction(page.request, action('restoreRevisionAction'), {
    id: String(storyId),
    version: version(),
    revisionId: String(revisionId),
  });
  expect(restored.response.headers()['x-action-redirect']).toMatch(
    new RegExp(`^/admin/articles/${storyId}\\?done=restore`),
  );
  expect(articleRow(storyId)?.title).toBe(`${title} نسخة قديمة`);
  expect(sqlValue<number>('select section_id from articles where id = ?', storyId)).toBe(1);
  runSql("update articles set status = 'deleted' where id = ?", storyId);
  console.log(`unknown reference ids: ${posts} posts over 11 actions, each refused with a message`);
});
