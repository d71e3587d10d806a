import { asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '..';
import { articleAuthors, articles, authors, media, type Author } from '../schema';

export type Byline = Pick<Author, 'id' | 'slug' | 'name' | 'nameEn' | 'kind'> & {
  photo: { src: string; width: number; height: number } | null;
};

type Reader = Pick<typeof db, 'select'>;

/** Each story's authors in byline order, keyed by story id (a story with none is absent). */
export function bylinesOf(articleIds: number[], tx: Reader = db): Map<number, Byline[]> {
  const found = new Map<number, Byline[]>();
  if (!articleIds.length) return found;
  const rows = tx
    .select({
      articleId: articleAuthors.articleId,
      id: authors.id,
      slug: authors.slug,
      name: authors.name,
      nameEn: authors.nameEn,
      kind: authors.kind,
      photoSrc: media.src,
      photoWidth: media.width,
      photoHeight: media.height,
    })
    .from(articleAuthors)
    .innerJoin(authors, eq(articleAuthors.authorId, authors.id))
    .leftJoin(media, eq(authors.photoId, media.id))
    .where(inArray(articleAuthors.articleId, articleIds))
    .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position))
    .all();
  for (const { articleId, photoSrc, photoWidth, photoHeight, ...author } of rows) {
    const photo = photoSrc ? { src: photoSrc, width: photoWidth!, height: photoHeight! } : null;
    found.set(articleId, [...(found.get(articleId) ?? []), { ...author, photo }]);
  }
  return found;
}

/** The stories an author signed, alone or with others: a condition on `articles`. */
export const signedBy = (authorId: number) =>
  sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.authorId} = ${authorId})`;

type Writer = Pick<typeof db, 'select' | 'insert' | 'delete'>;

/**
 * Replaces a story's authors with `ids`, in that order. Runs after the story
 * row is written, inside its transaction: the first id is its author_id.
 */
export function writeBylines(tx: Writer, articleId: number, ids: number[]) {
  tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId)).run();
  ids.forEach((authorId, position) => tx.insert(articleAuthors).values({ articleId, authorId, position }).run());
}

/** Ids among `ids` that name no author. */
export function unknownAuthorIds(ids: number[]): number[] {
  if (!ids.length) return [];
  const known = new Set(
    db
      .select({ id: authors.id })
      .from(authors)
      .where(inArray(authors.id, ids))
      .all()
      .map((row) => row.id),
  );
  return ids.filter((id) => !known.has(id));
}

/**
 * The bylines a restored revision brings back: its list (or, from before
 * co-authors, its one author), less authors deleted since; the current list
 * when none of them is left.
 */
export function bylinesToRestore(
  saved: { authorId?: number | null; authorIds?: number[] },
  current: Pick<Byline, 'id'>[],
): number[] {
  const ids = saved.authorIds ?? (saved.authorId ? [saved.authorId] : []);
  const gone = new Set(unknownAuthorIds(ids));
  const kept = ids.filter((id) => !gone.has(id));
  return kept.length ? kept : current.map((author) => author.id);
}
