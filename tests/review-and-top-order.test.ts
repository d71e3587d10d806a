import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, auditLog, users } from '@/db/schema';
import { sendBackSchema } from '@/app/[locale]/admin/(panel)/articles/review-schema';
import { tagsFor, movesClock } from '@/lib/cache/changes';
import { cacheTags } from '@/lib/cache/tags';

const temp = useSeededTempDatabase();
const { db, now } = temp;
const review = await import('@/db/queries/review');
// Imported after the temp database is set: these modules open the database on load.
const { maySendBack, reviewState, settleReview } = await import('@/lib/stories/review');
const { pinnedStories, reorderTopStories } = await import('@/db/queries/curation');
afterAll(() => temp.cleanup());

const writer = { role: 'writer' as const };
const editor = { role: 'editor' as const };
const admin = { role: 'admin' as const };

const statusOf = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!.status;
const auditOf = (action: string, id: number) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.subject, `article:${id}`)))
    .all();

/** A story of the seed put in review, as a writer's submission leaves it. */
function storyInReview() {
  const story = db.select({ id: articles.id }).from(articles).where(eq(articles.language, 'ar')).limit(1).get()!;
  db.update(articles).set({ status: 'review', topRank: null }).where(eq(articles.id, story.id)).run();
  return story.id;
}
const editorId = () =>
  db
    .insert(users)
    .values({ email: 'review-editor@newsroom.test', name: 'محررة المراجعة', role: 'editor', createdAt: now })
    .returning({ id: users.id })
    .get().id;

describe('who may send a story back, and the review states', () => {
  it('lets editors and admins send back only a story that waits for review, and writers never', () => {
    for (const status of ['draft', 'review', 'scheduled', 'published', 'unpublished', 'deleted'] as const) {
      expect(maySendBack(writer, { status })).toBe(false);
      expect(maySendBack(editor, { status })).toBe(status === 'review');
      expect(maySendBack(admin, { status })).toBe(status === 'review');
    }
  });

  it('reads none / awaiting / returned from the status and an open note', () => {
    expect(reviewState({ status: 'draft' }, false)).toBe('none');
    expect(reviewState({ status: 'review' }, false)).toBe('awaiting');
    expect(reviewState({ status: 'draft' }, true)).toBe('returned');
    // A note left open on a story an editor published is no longer the writer's to act on.
    expect(reviewState({ status: 'published' }, true)).toBe('none');
  });

  it('requires a note (blank or control characters only count as none) and caps its length', () => {
    const empty = sendBackSchema.safeParse({ id: '4', note: ' \u202e\u0000 ' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0].message).toBe('reviewNoteRequired');
    expect(sendBackSchema.safeParse({ id: '4', note: 'x'.repeat(2001) }).error?.issues[0].message).toBe('tooLong');
    expect(sendBackSchema.safeParse({ id: '4', note: ' أضف مصدرًا ثانيًا\nوصحح الاسم ' }).data?.note).toBe(
      'أضف مصدرًا ثانيًا\nوصحح الاسم',
    );
  });
});

describe('sending back and resubmitting', () => {
  const id = storyInReview();
  const sender = editorId();

  it('moves a story in review back to draft with a note, once', () => {
    const waiting = review.awaitingReviewCount();
    expect(review.sendBackStory(id, 'أضف مصدرًا ثانيًا', sender, now)).toBe(true);
    expect(statusOf(id)).toBe('draft');
    expect(review.awaitingReviewCount()).toBe(waiting - 1);
    // Sent back already: a second editor's click changes nothing.
    expect(review.sendBackStory(id, 'ملاحظة ثانية', sender, now + 1)).toBe(false);
    const open = review.openReviewNotes([id]).get(id);
    expect(open).toMatchObject({ text: 'أضف مصدرًا ثانيًا', sentAt: now, closedAt: null });
    expect(open?.sentByName).toBe('محررة المراجعة');
    expect(review.reviewNotesOf(id)).toHaveLength(1);
  });

  it('keeps the note open through plain saves, and closes it with an audited resubmission', () => {
    settleReview(sender, id, 'draft', now + 10);
    expect(review.openReviewNotes([id]).has(id)).toBe(true);
    expect(auditOf('resubmit', id)).toHaveLength(0);

    db.update(articles).set({ status: 'review' }).where(eq(articles.id, id)).run();
    settleReview(sender, id, 'review', now + 20);
    expect(review.openReviewNotes([id]).has(id)).toBe(false);
    expect(review.reviewNotesOf(id)[0].closedAt).toBe(now + 20);
    expect(auditOf('resubmit', id)).toHaveLength(1);
    // A first submission (no note was open) is not a resubmission.
    settleReview(sender, id, 'review', now + 30);
    expect(auditOf('resubmit', id)).toHaveLength(1);
  });

  it('keeps every round as history, and closes an open note without a resubmission when an editor publishes', () => {
    expect(review.sendBackStory(id, 'الجولة الثانية', sender, now + 40)).toBe(true);
    expect(review.reviewNotesOf(id).map((note) => note.text)).toEqual(['الجولة الثانية', 'أضف مصدرًا ثانيًا']);
    settleReview(sender, id, 'published', now + 50);
    expect(review.openReviewNotes([id]).size).toBe(0);
    expect(auditOf('resubmit', id)).toHaveLength(1);
  });
});

describe('reordering «أهم الأخبار» in one write', () => {
  it('saves the whole new order as ranks 1..n', () => {
    const before = pinnedStories('ar').map((story) => story.id);
    expect(before.length).toBeGreaterThan(2);
    const reversed = [...before].reverse();
    expect(reorderTopStories('ar', reversed)).toBe(true);
    expect(pinnedStories('ar').map((story) => [story.id, story.topRank])).toEqual(
      reversed.map((storyId, index) => [storyId, index + 1]),
    );
  });

  it('refuses an order that is not exactly the stories pinned now (a stale board), changing nothing', () => {
    const current = pinnedStories('ar').map((story) => story.id);
    const unpinned = db.select({ id: articles.id }).from(articles).where(eq(articles.language, 'en')).get()!.id;
    for (const order of [current.slice(1), [...current, unpinned], [current[0], ...current.slice(0, -1)], []]) {
      expect(reorderTopStories('ar', order)).toBe(false);
    }
    expect(pinnedStories('ar').map((story) => story.id)).toEqual(current);
  });

  it('invalidates what a pin or move does, and moves no clock', () => {
    expect(tagsFor({ kind: 'topNews', move: 'reorder' })).toEqual(tagsFor({ kind: 'topNews', move: 'up' }));
    expect(tagsFor({ kind: 'topNews', move: 'reorder' })).toContain(cacheTags.topNews);
    expect(movesClock({ kind: 'topNews', move: 'reorder' })).toBe(false);
  });
});
