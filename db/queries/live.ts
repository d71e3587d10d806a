import { and, desc, eq, isNull, min, sql } from 'drizzle-orm';
import { db } from '..';
import { articles, authors, liveBlogs, liveEntries, media, users } from '../schema';
import { isPublicAt } from './visibility';

// Live blogs and their entries. Every write bumps the blog's version in the
// same transaction: the entries endpoint's ETag, and what a poll compares.

type Writer = Pick<typeof db, 'update'>;

const bump = (tx: Writer, articleId: number) =>
  tx
    .update(liveBlogs)
    .set({ version: sql`${liveBlogs.version} + 1` })
    .where(eq(liveBlogs.articleId, articleId))
    .run();

export function liveBlogOf(articleId: number) {
  return db.select().from(liveBlogs).where(eq(liveBlogs.articleId, articleId)).get();
}

const entryColumns = {
  id: liveEntries.id,
  body: liveEntries.body,
  imageCaption: liveEntries.imageCaption,
  isKeyEvent: liveEntries.isKeyEvent,
  isPinned: liveEntries.isPinned,
  createdAt: liveEntries.createdAt,
  updatedAt: liveEntries.updatedAt,
  createdBy: liveEntries.createdBy,
  authorName: authors.name,
  authorNameEn: authors.nameEn,
  image: {
    id: media.id,
    src: media.src,
    width: media.width,
    height: media.height,
    alt: media.alt,
    credit: media.credit,
  },
};

function entriesOf(articleId: number) {
  return db
    .select(entryColumns)
    .from(liveEntries)
    .leftJoin(authors, eq(liveEntries.authorId, authors.id))
    .leftJoin(media, eq(liveEntries.imageId, media.id))
    .where(and(eq(liveEntries.articleId, articleId), isNull(liveEntries.deletedAt)))
    .orderBy(desc(liveEntries.createdAt), desc(liveEntries.id))
    .all();
}

export type LiveEntryRow = ReturnType<typeof entriesOf>[number];

/** A public story's live blog with its entries (newest first), as readers see it; undefined for anything else. */
export function publicLiveBlog(articleId: number, now: number) {
  const blog = db
    .select({
      articleId: liveBlogs.articleId,
      startedAt: liveBlogs.startedAt,
      endedAt: liveBlogs.endedAt,
      version: liveBlogs.version,
    })
    .from(liveBlogs)
    .innerJoin(articles, eq(liveBlogs.articleId, articles.id))
    .where(and(eq(liveBlogs.articleId, articleId), isPublicAt(now)))
    .get();
  if (!blog) return undefined;
  // Deleted entries count: datePublished stays at the first entry ever posted.
  const first = db
    .select({ at: min(liveEntries.createdAt) })
    .from(liveEntries)
    .where(eq(liveEntries.articleId, articleId))
    .get();
  return { blog, firstEntryAt: first?.at ?? null, entries: entriesOf(articleId) };
}

export type PublicLiveBlog = NonNullable<ReturnType<typeof publicLiveBlog>>;

/** The blog and its entries for the admin panel, whatever the story's status. */
export function liveBlogForEditing(articleId: number) {
  const blog = liveBlogOf(articleId);
  return blog && { blog, entries: entriesOf(articleId) };
}

export function liveEntry(id: number) {
  return db
    .select()
    .from(liveEntries)
    .where(and(eq(liveEntries.id, id), isNull(liveEntries.deletedAt)))
    .get();
}

export function startLiveBlog(articleId: number, now: number) {
  db.insert(liveBlogs).values({ articleId, startedAt: now }).onConflictDoNothing().run();
}

/** Ends (now) or reopens (null) the coverage. */
export function setLiveBlogEnded(articleId: number, endedAt: number | null) {
  db.transaction((tx) => {
    tx.update(liveBlogs).set({ endedAt }).where(eq(liveBlogs.articleId, articleId)).run();
    bump(tx, articleId);
  });
}

export type EntryWrite = { body: string; imageId: number | null; imageCaption: string | null; isKeyEvent: boolean };

export function addLiveEntry(articleId: number, userId: number, write: EntryWrite, now: number): number {
  return db.transaction((tx) => {
    const byline = tx.select({ authorId: users.authorId }).from(users).where(eq(users.id, userId)).get();
    const id = tx
      .insert(liveEntries)
      .values({
        ...write,
        articleId,
        createdBy: userId,
        authorId: byline?.authorId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: liveEntries.id })
      .get().id;
    bump(tx, articleId);
    return id;
  });
}

export function updateLiveEntry(
  entry: { id: number; articleId: number },
  write: Partial<EntryWrite> & { deletedAt?: number; isPinned?: false },
  now: number,
) {
  db.transaction((tx) => {
    tx.update(liveEntries)
      .set({ ...write, updatedAt: now })
      .where(eq(liveEntries.id, entry.id))
      .run();
    bump(tx, entry.articleId);
  });
}

/** Pins one entry, unpinning whichever was pinned: one pinned entry per blog. */
export function pinLiveEntry(entry: { id: number; articleId: number }, pinned: boolean, now: number) {
  db.transaction((tx) => {
    if (pinned)
      tx.update(liveEntries)
        .set({ isPinned: false, updatedAt: now })
        .where(and(eq(liveEntries.articleId, entry.articleId), eq(liveEntries.isPinned, true)))
        .run();
    tx.update(liveEntries).set({ isPinned: pinned, updatedAt: now }).where(eq(liveEntries.id, entry.id)).run();
    bump(tx, entry.articleId);
  });
}

export function imageExists(id: number): boolean {
  return Boolean(db.select({ id: media.id }).from(media).where(eq(media.id, id)).get());
}
