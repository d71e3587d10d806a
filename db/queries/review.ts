import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '..';
import { articles, reviewNotes, users } from '../schema';

/**
 * Sends a story in review back to draft with the editor's note, in one
 * transaction; false when the story is not in review (already sent back,
 * published, or resubmitted meanwhile). The version is not bumped: the words
 * did not change, so an open form still saves over it.
 */
export function sendBackStory(articleId: number, text: string, userId: number, now: number): boolean {
  return db.transaction((tx) => {
    const moved = tx
      .update(articles)
      .set({ status: 'draft' })
      .where(and(eq(articles.id, articleId), eq(articles.status, 'review')))
      .run();
    if (moved.changes === 0) return false;
    tx.insert(reviewNotes).values({ articleId, text, sentBy: userId, sentAt: now }).run();
    return true;
  });
}

/** Closes the story's open notes (it went back to review or to readers); how many were open. */
export function closeReviewNotes(articleId: number, now: number): number {
  return db
    .update(reviewNotes)
    .set({ closedAt: now })
    .where(and(eq(reviewNotes.articleId, articleId), isNull(reviewNotes.closedAt)))
    .run().changes;
}

const noteFields = {
  id: reviewNotes.id,
  articleId: reviewNotes.articleId,
  text: reviewNotes.text,
  sentAt: reviewNotes.sentAt,
  closedAt: reviewNotes.closedAt,
  sentByName: users.name,
};

/** Every note on a story, newest first: the open one (if any) and the earlier rounds. */
export function reviewNotesOf(articleId: number) {
  return db
    .select(noteFields)
    .from(reviewNotes)
    .leftJoin(users, eq(users.id, reviewNotes.sentBy))
    .where(eq(reviewNotes.articleId, articleId))
    .orderBy(desc(reviewNotes.sentAt), desc(reviewNotes.id))
    .all();
}

export type ReviewNoteRow = ReturnType<typeof reviewNotesOf>[number];

/** The open note of each listed story that has one (the newest, should there be several). */
export function openReviewNotes(articleIds: number[]): Map<number, ReviewNoteRow> {
  if (articleIds.length === 0) return new Map();
  const rows = db
    .select(noteFields)
    .from(reviewNotes)
    .leftJoin(users, eq(users.id, reviewNotes.sentBy))
    .where(and(inArray(reviewNotes.articleId, articleIds), isNull(reviewNotes.closedAt)))
    .orderBy(desc(reviewNotes.sentAt), desc(reviewNotes.id))
    .all();
  const open = new Map<number, ReviewNoteRow>();
  for (const row of rows) if (!open.has(row.articleId)) open.set(row.articleId, row);
  return open;
}

/** How many stories wait for an editor's review (deleted ones are not in review). */
export function awaitingReviewCount(): number {
  return db.select({ n: count() }).from(articles).where(eq(articles.status, 'review')).get()?.n ?? 0;
}
