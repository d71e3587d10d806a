import { afterAll, describe, expect, it } from 'vitest';
import Parser from 'rss-parser';
import { eq } from 'drizzle-orm';
import { articles, liveEntries, users } from '@/db/schema';
import { useSeededTempDatabase } from './support/temp-db';

const temp = useSeededTempDatabase();
const { db, now } = temp;
const live = await import('@/db/queries/live');
const { publicArticle } = await import('@/db/queries/articles');
const { siteSettingsRow } = await import('@/db/queries/site');
const { mayAddEntry, mayChangeEntry, mayRunBlog, orderEntries } = await import('@/lib/live-blog/rules');
const { guardEntry } = await import('@/lib/live-blog/guard');
const { liveBlogJsonLd } = await import('@/lib/live-blog/json-ld');
const { buildLiveFeed } = await import('@/lib/live-blog/feed');
const { liveState } = await import('@/lib/live-blog/view');
const { entryHeadline, entryPlainText } = await import('@/lib/live-blog/text');
const { tagsFor } = await import('@/lib/cache/changes');
const { edgeKeysFor } = await import('@/lib/cache/edge-keys');
afterAll(() => temp.cleanup());

const person = (role: 'writer' | 'editor' | 'admin', email: string) =>
  db.insert(users).values({ email, name: email, role, passwordHash: null, createdAt: now }).returning().get();
const writer = person('writer', 'writer@live.test');
const otherWriter = person('writer', 'other@live.test');
const editor = person('editor', 'editor@live.test');

const demoId = db
  .select({ id: articles.id })
  .from(articles)
  .where(eq(articles.slug, 'استئناف-المحادثات-السودانية-في-جدة-وسط-آمال-بهدنة-إنسانية-طويلة'))
  .get()?.id;

it('the demo has one open live blog: six entries, one pinned, two key events', () => {
  const blog = live.publicLiveBlog(demoId!, now)!;
  expect(blog.blog.endedAt).toBeNull();
  expect(blog.entries).toHaveLength(6);
  expect(blog.entries.filter((entry) => entry.isPinned)).toHaveLength(1);
  expect(blog.entries.filter((entry) => entry.isKeyEvent)).toHaveLength(2);
  expect(
    db
      .select({ id: liveEntries.articleId })
      .from(liveEntries)
      .all()
      .every((row) => row.id === demoId),
  ).toBe(true);
});

describe('who may do what to a live blog', () => {
  const open = { endedAt: null };
  const ended = { endedAt: now };
  const ownDraft = { createdBy: writer.id, status: 'draft' as const };
  const published = { createdBy: writer.id, status: 'published' as const };

  it('lets whoever may edit the story add entries while the blog is open, and nobody once it has ended', () => {
    expect(mayAddEntry(writer, ownDraft, open)).toBeNull();
    expect(mayAddEntry(editor, published, open)).toBeNull();
    // A writer's story stops being theirs to edit once it is public, entries included (the story rules).
    expect(mayAddEntry(writer, published, open)).toBe('forbidden');
    expect(mayAddEntry(otherWriter, ownDraft, open)).toBe('forbidden');
    expect(mayAddEntry(editor, published, ended)).toBe('liveEnded');
    expect(mayAddEntry(editor, published, undefined)).toBe('notLive');
  });

  it("lets writers change only their own entries, editors anyone's", () => {
    expect(mayChangeEntry(writer, ownDraft, { createdBy: writer.id })).toBeNull();
    expect(mayChangeEntry(writer, ownDraft, { createdBy: editor.id })).toBe('forbidden');
    expect(mayChangeEntry(editor, published, { createdBy: writer.id })).toBeNull();
    expect(mayChangeEntry(editor, published, { createdBy: null })).toBeNull();
  });

  it('leaves pinning, starting and ending the coverage to editors', () => {
    expect(mayRunBlog(editor, published)).toBeNull();
    expect(mayRunBlog(writer, ownDraft)).toBe('forbidden');
  });
});

describe('entries', () => {
  it('are ordered pinned first, then newest first, ties by the later id', () => {
    const entry = (id: number, createdAt: number, isPinned = false) => ({ id, createdAt, isPinned });
    expect(orderEntries([entry(1, 10), entry(2, 30), entry(3, 20, true), entry(4, 30)]).map((e) => e.id)).toEqual([
      3, 4, 2, 1,
    ]);
  });

  it('keep one pinned entry per blog: pinning another unpins the first, and the database refuses a second', () => {
    const blog = live.publicLiveBlog(demoId!, now)!;
    const pinnedBefore = blog.entries.filter((entry) => entry.isPinned).map((entry) => entry.id);
    expect(pinnedBefore).toHaveLength(1);
    const other = blog.entries.find((entry) => !entry.isPinned)!;
    live.pinLiveEntry({ id: other.id, articleId: demoId! }, true, now);
    const after = live.publicLiveBlog(demoId!, now)!;
    expect(after.entries.filter((entry) => entry.isPinned).map((entry) => entry.id)).toEqual([other.id]);
    expect(after.blog.version).toBeGreaterThan(blog.blog.version);
    expect(() =>
      db.update(liveEntries).set({ isPinned: true }).where(eq(liveEntries.id, pinnedBefore[0])).run(),
    ).toThrow(/UNIQUE/);
    live.pinLiveEntry({ id: pinnedBefore[0], articleId: demoId! }, true, now);
  });

  it('leave readers when deleted, bump the version, and keep the first entry as the blog’s publication time', () => {
    const before = live.publicLiveBlog(demoId!, now)!;
    const id = live.addLiveEntry(
      demoId!,
      editor.id,
      { body: '<p>مؤقت</p>', imageId: null, imageCaption: null, isKeyEvent: false },
      now,
    );
    expect(live.publicLiveBlog(demoId!, now)!.entries[0].id).toBe(id);
    live.updateLiveEntry({ id, articleId: demoId! }, { deletedAt: now + 1 }, now + 1);
    const after = live.publicLiveBlog(demoId!, now)!;
    expect(after.entries.map((entry) => entry.id)).not.toContain(id);
    expect(after.blog.version).toBe(before.blog.version + 2);
    expect(after.firstEntryAt).toBe(before.firstEntryAt);
    expect(live.liveEntry(id)).toBeUndefined();
  });

  it('are refused to a writer who may not edit the story, before anything about the entry is told', () => {
    const entryId = live.publicLiveBlog(demoId!, now)!.entries[0].id;
    expect(guardEntry(demoId!, entryId, writer)).toEqual({ ok: false, refusal: 'forbidden' });
    expect(guardEntry(demoId!, 999_999, writer)).toEqual({ ok: false, refusal: 'forbidden' });
    expect(guardEntry(demoId!, 999_999, editor)).toEqual({ ok: false, refusal: 'entryGone' });
    expect(guardEntry(demoId!, undefined, editor)).toMatchObject({ ok: true });
  });

  it('of an unpublished story are not public', () => {
    db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, demoId!)).run();
    expect(live.publicLiveBlog(demoId!, now)).toBeUndefined();
    db.update(articles).set({ status: 'published' }).where(eq(articles.id, demoId!)).run();
    expect(live.publicLiveBlog(demoId!, now)).toBeDefined();
  });
});

describe('plain text of an entry', () => {
  it('decodes entities and keeps blocks apart; a long entry gets a headline cut at a word', () => {
    expect(entryPlainText('<p>أ &amp; ب</p><p>&lt;ج&gt;</p>')).toBe('أ & ب <ج>');
    const long = `<p>${'كلمة '.repeat(40)}</p>`;
    const headline = entryHeadline(long);
    expect(headline.length).toBeLessThanOrEqual(110);
    expect(headline.endsWith('كلمة…')).toBe(true);
  });
});

describe('what readers and machines get', () => {
  const found = () => publicArticle(demoId!, Date.now())!;
  const blog = () => live.publicLiveBlog(demoId!, Date.now())!;

  it('JSON-LD: a LiveBlogPosting with the coverage times and each entry as a BlogPosting', () => {
    const [posting, breadcrumb] = liveBlogJsonLd(found(), siteSettingsRow()!, 'الرئيسية', blog()) as unknown as [
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    const data = blog();
    expect(posting['@type']).toBe('LiveBlogPosting');
    expect(posting.coverageStartTime).toBe(new Date(data.blog.startedAt).toISOString());
    expect(posting).not.toHaveProperty('coverageEndTime');
    expect(posting.datePublished).toBe(new Date(data.firstEntryAt!).toISOString());
    const newest = Math.max(...data.entries.map((entry) => entry.updatedAt));
    expect(posting.dateModified).toBe(new Date(newest).toISOString());
    const updates = posting.liveBlogUpdate as Record<string, unknown>[];
    expect(updates).toHaveLength(data.entries.length);
    for (const update of updates) {
      expect(update['@type']).toBe('BlogPosting');
      expect(update.headline).toEqual(expect.any(String));
      expect(update.articleBody).not.toMatch(/<|&amp;/);
      expect(update.datePublished).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    expect(updates[0].url).toMatch(/#entry-\d+$/);
    expect(breadcrumb['@type']).toBe('BreadcrumbList');

    live.setLiveBlogEnded(demoId!, now + 5);
    const [ended] = liveBlogJsonLd(found(), siteSettingsRow()!, 'الرئيسية', blog()) as Record<string, unknown>[];
    expect(ended.coverageEndTime).toBe(new Date(now + 5).toISOString());
    expect(liveState(blog(), 'ar').ended).toBe(true);
    live.setLiveBlogEnded(demoId!, null);
  });

  it('RSS: one item per entry, newest first, the body escaped by the XML builder', async () => {
    live.addLiveEntry(
      demoId!,
      editor.id,
      { body: '<p>a]]>b &amp; <em>c</em></p>', imageId: null, imageCaption: null, isKeyEvent: false },
      Date.now() + 1000,
    );
    const feed = await new Parser().parseString(buildLiveFeed(found(), blog(), siteSettingsRow()!));
    expect(feed.items).toHaveLength(blog().entries.length);
    expect(feed.items[0].title).toBe('a]]>b & c');
    expect(feed.items[0].link).toMatch(/\/news\/\d+\/[^#]+#entry-\d+$/);
  });

  it('RSS: an entry that shows markup as text reaches feed readers as text, not as markup', async () => {
    live.addLiveEntry(
      demoId!,
      editor.id,
      { body: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', imageId: null, imageCaption: null, isKeyEvent: false },
      Date.now() + 2000,
    );
    const feed = await new Parser().parseString(buildLiveFeed(found(), blog(), siteSettingsRow()!));
    const html = (feed.items[0] as Record<string, string>)['content:encoded'];
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('the page state puts the pinned entry first and formats each entry on the server', () => {
    const state = liveState(blog(), 'en');
    expect(state.entries[0].pinned).toBe(true);
    expect(state.entries.filter((entry) => entry.keyEvent)).toHaveLength(2);
    expect(state.entries.find((entry) => entry.image)?.image?.src).toBe('/demo/diplomacy.webp');
  });
});

describe('caches', () => {
  it('an entry change invalidates only its blog; the page, endpoint and feed carry that key at the edge', () => {
    expect(tagsFor({ kind: 'live', articleId: 7 })).toEqual(['live:7']);
    expect(edgeKeysFor('/news/7/live.json')).toEqual(['live:7', 'article:7']);
    expect(edgeKeysFor('/en/news/7/rss.xml')).toEqual(['settings', 'live:7', 'article:7']);
    expect(edgeKeysFor('/news/7/slug')).toContain('live:7');
  });
});
