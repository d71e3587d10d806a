import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '..';
import type { Locale } from '@/i18n/routing';
import { articles, storyNotes, users, type NoteKind } from '../schema';
import { isPublicAt } from './visibility';

export type NoteWrite = { kind: NoteKind; text: string; at: number };

/** A note as readers see it. */
export type ReaderNote = { id: number; kind: NoteKind; text: string; at: number };

const readerColumns = { id: storyNotes.id, kind: storyNotes.kind, text: storyNotes.text, at: storyNotes.at };

/**
 * Adds a note, or rewrites one of this story's, and dates the story's last
 * change no earlier than the note (dateModified, «آخر تحديث», the sitemap's
 * lastmod all read updated_at). The story's version is not bumped: an open form
 * saves its words without a conflict. Returns the note's id, undefined when the
 * note to rewrite is not this story's.
 */
export function writeNote(articleId: number, note: NoteWrite, userId: number, noteId?: number): number | undefined {
  return db.transaction((tx) => {
    const now = Date.now();
    const id = noteId
      ? tx
          .update(storyNotes)
          .set({ ...note, updatedAt: now })
          .where(and(eq(storyNotes.id, noteId), eq(storyNotes.articleId, articleId)))
          .returning({ id: storyNotes.id })
          .get()?.id
      : tx
          .insert(storyNotes)
          .values({ ...note, articleId, createdBy: userId, updatedAt: now })
          .returning({ id: storyNotes.id })
          .get().id;
    if (id !== undefined)
      tx.update(articles)
        .set({ updatedAt: sql`max(${articles.updatedAt}, ${note.at})` })
        .where(eq(articles.id, articleId))
        .run();
    return id;
  });
}

/** Removes one of a story's notes; what it said is the caller's to record (the audit log). */
export function deleteNote(articleId: number, noteId: number) {
  db.delete(storyNotes)
    .where(and(eq(storyNotes.id, noteId), eq(storyNotes.articleId, articleId)))
    .run();
}

/** A story's notes for its edit page, newest first, with who wrote each. */
export function notesForEditing(articleId: number) {
  return db
    .select({ ...readerColumns, byName: users.name })
    .from(storyNotes)
    .leftJoin(users, eq(storyNotes.createdBy, users.id))
    .where(eq(storyNotes.articleId, articleId))
    .orderBy(desc(storyNotes.at), desc(storyNotes.id))
    .all();
}

/** A story's notes as readers see them, newest first. */
export function storyNotesOf(articleId: number): ReaderNote[] {
  return notesOfStories([articleId]).get(articleId) ?? [];
}

/** The notes of several stories at once (a feed's items), newest first. */
export function notesOfStories(articleIds: number[]): Map<number, ReaderNote[]> {
  const byStory = new Map<number, ReaderNote[]>();
  if (articleIds.length === 0) return byStory;
  const rows = db
    .select({ ...readerColumns, articleId: storyNotes.articleId })
    .from(storyNotes)
    .where(inArray(storyNotes.articleId, articleIds))
    .orderBy(desc(storyNotes.at), desc(storyNotes.id))
    .all();
  for (const { articleId, ...note } of rows) byStory.set(articleId, [...(byStory.get(articleId) ?? []), note]);
  return byStory;
}

/** Corrections to the public stories of one edition, newest first: the «تصحيحات» page and its feed. */
export function correctionsPage(language: Locale, now: number, limit: number, offset: number) {
  const where = and(eq(storyNotes.kind, 'correction'), eq(articles.language, language), isPublicAt(now));
  const rows = db
    .select({
      ...readerColumns,
      articleId: articles.id,
      slug: articles.slug,
      title: articles.title,
    })
    .from(storyNotes)
    .innerJoin(articles, eq(storyNotes.articleId, articles.id))
    .where(where)
    .orderBy(desc(storyNotes.at), desc(storyNotes.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total =
    db
      .select({ n: count() })
      .from(storyNotes)
      .innerJoin(articles, eq(storyNotes.articleId, articles.id))
      .where(where)
      .get()?.n ?? 0;
  return { rows, total };
}

export type CorrectionRow = ReturnType<typeof correctionsPage>['rows'][number];
