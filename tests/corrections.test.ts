import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import Parser from 'rss-parser';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, users } from '@/db/schema';
import { saveNoteSchema } from '@/app/[locale]/admin/(panel)/articles/note-schema';
import { tagsFor } from '@/lib/cache/changes';
import { buildRssFeed } from '@/lib/feed';
import { articleJsonLd } from '@/lib/seo/json-ld';
import { correctionJsonLd, mayAnnotate, mayRemoveNote, mayWriteNotes, noteTime } from '@/lib/stories/corrections';

const temp = useSeededTempDatabase();
const notes = await import('@/db/queries/corrections');
const queries = await import('@/db/queries/articles');
const site = await import('@/db/queries/site');
const { db, now } = temp;
afterAll(() => temp.cleanup());
const editorId = db
  .insert(users)
  .values({ email: 'desk@newsroom.test', name: 'محررة الديسك', role: 'editor', createdAt: now })
  .returning({ id: users.id })
  .get().id;

const MINUTE = 60_000;
const latest = (language: 'ar' | 'en') => queries.latestArticles(language, now, 3);

describe('who may write corrections and updates', () => {
  it('gives notes to editors and admins only, on stories readers can see, and keeps corrections once made', () => {
    expect(mayWriteNotes({ role: 'writer' })).toBe(false);
    expect(mayWriteNotes({ role: 'editor' })).toBe(true);
    expect(mayWriteNotes({ role: 'admin' })).toBe(true);
    expect(mayAnnotate({ status: 'published', publishedAt: now - MINUTE }, now)).toBe(true);
    expect(mayAnnotate({ status: 'draft', publishedAt: null }, now)).toBe(false);
    expect(mayAnnotate({ status: 'scheduled', publishedAt: now + MINUTE }, now)).toBe(false);
    expect(mayRemoveNote({ kind: 'update' })).toBe(true);
    expect(mayRemoveNote({ kind: 'correction' })).toBe(false);
  });

  it('dates a note now when left empty, in newsroom time when typed, and never in the future', () => {
    expect(noteTime('', now)).toBe(now);
    expect(noteTime('2026-07-15T10:00', now + 365 * 24 * 60 * MINUTE * 2, 'Asia/Riyadh')).toBe(
      Date.UTC(2026, 6, 15, 7, 0),
    );
    expect(noteTime('2999-01-01T00:00', now)).toEqual({ field: 'at', error: 'futureNote' });
    expect(noteTime('2026-13-01T00:00', now)).toEqual({ field: 'at', error: 'badDate' });
    expect(saveNoteSchema.safeParse({ id: '1', kind: 'retraction', text: 'x' }).success).toBe(false);
    expect(saveNoteSchema.safeParse({ id: '1', kind: 'update', text: ' \u0000 ' }).success).toBe(false);
  });
});

describe('a correction on a published story', () => {
  const story = latest('ar')[0];
  const before = db.select().from(articles).where(eq(articles.id, story.id)).get()!;
  const at = now - MINUTE;
  const correctionId = notes.writeNote(story.id, { kind: 'correction', text: 'صُحّح اسم الوزير.', at }, editorId)!;
  notes.writeNote(story.id, { kind: 'update', text: 'أعلنت الوزارة النتائج الأولية.', at: at + 1000 }, editorId);

  it('moves the story’s last change to the note’s date and lists the notes newest first', () => {
    const after = db.select().from(articles).where(eq(articles.id, story.id)).get()!;
    expect(after.updatedAt).toBe(Math.max(before.updatedAt, at + 1000));
    expect(after.version).toBe(before.version);
    expect(notes.storyNotesOf(story.id).map((note) => note.kind)).toEqual(['update', 'correction']);
  });

  it('puts the correction, not the update, in the JSON-LD as a CorrectionComment, with dateModified', () => {
    const found = queries.publicArticle(story.id, now)!;
    const settings = site.siteSettingsRow()!;
    const [article] = articleJsonLd(found, settings, 'الرئيسية', notes.storyNotesOf(story.id)) as Record<
      string,
      unknown
    >[];
    expect(article.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'صُحّح اسم الوزير.', datePublished: new Date(at).toISOString() },
    ]);
    expect(article.dateModified).toBe(new Date(Math.max(before.updatedAt, at + 1000)).toISOString());
    expect(correctionJsonLd([])).toEqual({});
  });

  it('carries both notes, labelled and dated, in the feed item', async () => {
    const entries = queries
      .feedEntries('ar', now, 30)
      .map((entry) => ({ ...entry, notes: notes.notesOfStories([entry.id]).get(entry.id) ?? [] }));
    const xml = buildRssFeed({
      locale: 'ar',
      settings: site.siteSettingsRow()!,
      path: '/',
      entries,
      noteLabels: { correction: 'تصحيح', update: 'تحديث' },
    });
    const feed = await new Parser({ customFields: { item: ['content:encoded'] } }).parseString(xml);
    const item = feed.items.find((candidate) => candidate.link?.includes(`/news/${story.id}/`))!;
    expect(item.content).toContain('تصحيح (');
    expect(item.content).toContain('صُحّح اسم الوزير.');
    expect(item['content:encoded' as keyof typeof item]).toMatch(
      /<p class="story-note story-note-correction"><strong>تصحيح \(.+\): <\/strong>صُحّح اسم الوزير\.<\/p>/,
    );
    const other = feed.items.find((candidate) => !candidate.link?.includes(`/news/${story.id}/`))!;
    expect(other.content).not.toContain('تصحيح (');
  });

  it('escapes what a note says in the feed', async () => {
    const hostile = '</p><script>alert(1)</script> & ]]>';
    const xml = buildRssFeed({
      locale: 'en',
      settings: site.siteSettingsRow()!,
      path: '/',
      entries: queries
        .feedEntries('en', now, 1)
        .map((entry) => ({ ...entry, notes: [{ id: 1, kind: 'correction' as const, text: hostile, at }] })),
      noteLabels: { correction: 'Correction', update: 'Update' },
    });
    expect(xml).not.toContain('<script>');
    console.log(xml.slice(xml.indexOf('<content:encoded>'), xml.indexOf('</content:encoded>') + 20).slice(-600));
    const feed = await new Parser({ customFields: { item: ['content:encoded'] } }).parseString(xml);
    expect(String(feed.items[0]['content:encoded' as keyof (typeof feed.items)[0]])).toContain(
      '&lt;/p&gt;&lt;script&gt;',
    );
  });

  it('lists corrections of public stories of one edition on the «تصحيحات» page, newest first', () => {
    const older = latest('ar')[1];
    notes.writeNote(older.id, { kind: 'correction', text: 'تصحيح أقدم.', at: at - 10 * MINUTE }, editorId);
    const page = notes.correctionsPage('ar', now, 12, 0);
    // The demo's own correction (a day-old story's) comes after these two.
    expect(page.rows.map((row) => row.text).slice(0, 2)).toEqual(['صُحّح اسم الوزير.', 'تصحيح أقدم.']);
    expect(page.rows.map((row) => row.at)).toEqual(page.rows.map((row) => row.at).sort((a, b) => b - a));
    expect(page.total).toBe(3);
    expect(notes.correctionsPage('en', now, 12, 0).rows.map((row) => row.text)).toEqual([
      'An earlier version of this story gave the overnight lending rate as 24.25%. It is 25.25%.',
    ]);
    db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, older.id)).run();
    expect(notes.correctionsPage('ar', now, 12, 0).rows.map((row) => row.articleId)).not.toContain(older.id);
    expect(notes.correctionsPage('ar', now, 12, 0).total).toBe(2);
  });

  it('rewrites a note only on its own story, and removes one', () => {
    const other = latest('ar')[2];
    expect(notes.writeNote(other.id, { kind: 'correction', text: 'خطأ', at }, editorId, correctionId)).toBeUndefined();
    expect(
      notes.writeNote(story.id, { kind: 'correction', text: 'صُحّح اسم الوزير ولقبه.', at }, editorId, correctionId),
    ).toBe(correctionId);
    expect(notes.storyNotesOf(story.id).find((note) => note.id === correctionId)?.text).toBe('صُحّح اسم الوزير ولقبه.');
    const update = notes.storyNotesOf(story.id).find((note) => note.kind === 'update')!;
    notes.deleteNote(story.id, update.id);
    expect(notes.storyNotesOf(story.id).map((note) => note.kind)).toEqual(['correction']);
  });

  it('invalidates the story, every feed and the corrections page, nothing else', () => {
    expect(tagsFor({ kind: 'note', id: story.id }).sort()).toEqual(
      ['article:' + story.id, 'corrections', 'feeds'].sort(),
    );
    expect(tagsFor({ kind: 'embargo', id: story.id })).toEqual(['article:' + story.id]);
  });
});
