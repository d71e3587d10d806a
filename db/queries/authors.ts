import { and, desc, eq } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import { slugify } from '@/lib/text/slug';
import { db } from '..';
import { articles, authors, media, type Author } from '../schema';
import { signedBy } from './bylines';
import { isPublicAt } from './visibility';

/** Kind and links left out stay as they are (staff, none for a new writer). */
export type AuthorFields = Pick<Author, 'name' | 'nameEn' | 'bio' | 'photoId'> &
  Partial<Pick<Author, 'kind' | 'websiteUrl' | 'xUrl' | 'facebookUrl' | 'linkedinUrl'>>;

export type AuthorSave =
  | { outcome: 'saved' | 'created'; slug: string; articleIds: number[] }
  | { outcome: 'notFound' | 'slugTaken' | 'unknownPhoto' };

/**
 * Edits a writer (id) or adds one. A new writer's address comes from the
 * English name when there is one, else the Arabic, and never changes after:
 * old links to /author/<slug> keep working through a rename.
 * Returns the writer's stories, whose pages print the byline.
 */
export function saveAuthor(id: number | undefined, fields: AuthorFields): AuthorSave {
  return db.transaction((tx) => {
    if (fields.photoId !== null && !tx.select({ id: media.id }).from(media).where(eq(media.id, fields.photoId)).get())
      return { outcome: 'unknownPhoto' } as const;
    if (id === undefined) {
      const slug = slugify(fields.nameEn || fields.name);
      if (!slug || tx.select({ id: authors.id }).from(authors).where(eq(authors.slug, slug)).get())
        return { outcome: 'slugTaken' } as const;
      tx.insert(authors)
        .values({ ...fields, slug })
        .run();
      return { outcome: 'created', slug, articleIds: [] } as const;
    }
    const row = tx.update(authors).set(fields).where(eq(authors.id, id)).returning({ slug: authors.slug }).get();
    if (!row) return { outcome: 'notFound' } as const;
    const articleIds = tx
      .select({ id: articles.id })
      .from(articles)
      .where(signedBy(id))
      .all()
      .map((story) => story.id);
    return { outcome: 'saved', slug: row.slug, articleIds } as const;
  });
}

export type OpinionWriter = {
  author: Pick<Author, 'slug' | 'name' | 'nameEn' | 'bio'>;
  photo: { src: string; width: number; height: number } | null;
  latest: { id: number; slug: string; title: string; publishedAt: number };
};

/**
 * «كتّاب الرأي»: everyone with a public opinion piece in this edition, with
 * their newest piece, the most recently published first.
 */
export function opinionWriters(language: Locale, now: number): OpinionWriter[] {
  const pieces = db
    .select({
      author: { slug: authors.slug, name: authors.name, nameEn: authors.nameEn, bio: authors.bio },
      photo: { src: media.src, width: media.width, height: media.height },
      latest: { id: articles.id, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt },
    })
    .from(articles)
    .innerJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(authors.photoId, media.id))
    .where(and(eq(articles.genre, 'opinion'), eq(articles.language, language), isPublicAt(now)))
    .orderBy(desc(articles.publishedAt))
    // A writer with no piece among the edition's newest thousand has stopped writing for it.
    .limit(1000)
    .all() as OpinionWriter[];
  const seen = new Set<string>();
  return pieces.filter(({ author }) => !seen.has(author.slug) && Boolean(seen.add(author.slug)));
}
