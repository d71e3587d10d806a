import { and, desc, eq, inArray, ne, notInArray, count, sql, type SQL } from 'drizzle-orm';
import { db } from '..';
import {
  articleAuthors,
  articles,
  articleTags,
  authors,
  media,
  sections,
  tags,
  users,
  type Article,
  type ArticleStatus,
  type NewArticle,
} from '../schema';
import { slugify } from '@/lib/text/slug';
import { authorPhotoColumns, authorPhotoJoin } from './articles';
import { bylinesOf, writeBylines } from './bylines';
import { recordRevision } from './revisions';
import { matchExpression } from './search';
import { tagRenamedFrom } from './tags';

export const STAFF_PAGE_SIZE = 20;

export type StaffListFilters = {
  status?: ArticleStatus;
  sectionId?: number;
  authorId?: number;
  createdBy?: number;
  text?: string;
  page: number;
};

/**
 * The newsroom's article list, drafts included (deleted stories only when asked
 * for); text search uses the same FTS index as readers, over every match.
 */
export function staffArticleList(filters: StaffListFilters) {
  const conditions: (SQL | undefined)[] = [
    filters.status ? eq(articles.status, filters.status) : ne(articles.status, 'deleted'),
    filters.sectionId ? eq(articles.sectionId, filters.sectionId) : undefined,
    // Any byline, co-authors included, not only the first.
    filters.authorId
      ? inArray(
          articles.id,
          db
            .select({ id: articleAuthors.articleId })
            .from(articleAuthors)
            .where(eq(articleAuthors.authorId, filters.authorId)),
        )
      : undefined,
    filters.createdBy ? eq(articles.createdBy, filters.createdBy) : undefined,
    filters.text === undefined ? undefined : textMatch(filters.text),
  ];
  const where = and(...conditions);
  const rows = db
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      language: articles.language,
      slug: articles.slug,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      topRank: articles.topRank,
      isBreaking: articles.isBreaking,
      embargoUntil: articles.embargoUntil,
      sectionNameAr: sections.nameAr,
      sectionNameEn: sections.nameEn,
      createdByName: users.name,
    })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(users, eq(articles.createdBy, users.id))
    .where(where)
    .orderBy(desc(articles.updatedAt))
    .limit(STAFF_PAGE_SIZE)
    .offset((filters.page - 1) * STAFF_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  return { rows, total };
}

function textMatch(text: string): SQL {
  const match = matchExpression(text);
  return match ? sql`${articles.id} in (select rowid from article_search where article_search match ${match})` : sql`0`;
}

export function articleForEditing(id: number) {
  const row = db
    .select({
      article: articles,
      section: sections,
      author: authors,
      image: media,
      editor: { name: users.name },
      ...authorPhotoColumns,
    })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(articles.leadImageId, media.id))
    .leftJoin(...authorPhotoJoin)
    .leftJoin(users, eq(articles.createdBy, users.id))
    .where(eq(articles.id, id))
    .get();
  if (!row) return undefined;
  const tagRows = db
    .select({ name: tags.name, slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(eq(articleTags.articleId, id))
    .all();
  return { ...row, tags: tagRows, bylines: bylinesOf([id]).get(id) ?? [] };
}

export type EditableArticle = NonNullable<ReturnType<typeof articleForEditing>>;

export function slugTaken(language: 'ar' | 'en', slug: string, exceptId?: number): boolean {
  return Boolean(
    db
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(eq(articles.language, language), eq(articles.slug, slug), exceptId ? ne(articles.id, exceptId) : undefined),
      )
      .get(),
  );
}

export type ArticleWrite = Omit<NewArticle, 'id' | 'createdAt' | 'updatedAt' | 'version'> & {
  tagNames: string[];
  /** Every byline in order; it sets `authorId` to its first. Absent: the list keeps `authorId` first (the triggers of migration 0016). */
  authorIds?: number[];
};

/**
 * A story as the reader pages know it: whether and when readers see it, its
 * curation, and the pages that list it or link to it.
 */
export type StoryFacts = Pick<
  Article,
  'status' | 'publishedAt' | 'isBreaking' | 'topUntil' | 'breakingUntil' | 'translationId'
> & { sectionSlug: string | null; authorSlugs: string[]; tagSlugs: string[] };

export type SaveResult =
  | { ok: true; id: number; before: StoryFacts | undefined; after: StoryFacts }
  | { ok: false; reason: 'conflict'; updatedAt: number; updatedBy: string | null; updatedById: number | null }
  | { ok: false; reason: 'notFound' | 'slugTaken' | 'alreadyCreated' };

/**
 * Creates or updates a story in one transaction, with a revision of what was
 * saved. An update names the version it was based on; if the stored version
 * moved on, nothing is written.
 * Returns the story as it was and as it is now, for the caches to work out what changed.
 */
export function saveArticle(
  write: ArticleWrite,
  userId: number,
  existing?: { id: number; version: number },
): SaveResult {
  try {
    return writeArticle(write, userId, existing);
  } catch (error) {
    // Two saves racing for one slug, or two tries of one new-story form: the unique index decides, the loser is told.
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE')
      return { ok: false, reason: error.message.includes('articles.create_key') ? 'alreadyCreated' : 'slugTaken' };
    throw error;
  }
}

type Reader = Pick<typeof db, 'select'>;

function factsOf(tx: Reader, story: Article, tagSlugs: string[], authorSlugs: string[]): StoryFacts {
  const { status, publishedAt, isBreaking, topUntil, breakingUntil, translationId } = story;
  const section = tx.select({ slug: sections.slug }).from(sections).where(eq(sections.id, story.sectionId)).get();
  const sectionSlug = section?.slug ?? null;
  return {
    status,
    publishedAt,
    isBreaking,
    topUntil,
    breakingUntil,
    translationId,
    sectionSlug,
    authorSlugs,
    tagSlugs,
  };
}

const bylinesOfStory = (tx: Reader, id: number) => bylinesOf([id], tx).get(id) ?? [];

function writeArticle(write: ArticleWrite, userId: number, existing?: { id: number; version: number }): SaveResult {
  return db.transaction((tx) => {
    const now = Date.now();
    const before = existing ? tx.select().from(articles).where(eq(articles.id, existing.id)).get() : undefined;
    if (existing && !before) return { ok: false, reason: 'notFound' } as const;
    if (existing && before && before.version !== existing.version) {
      const updatedBy = before.updatedBy
        ? (tx.select({ name: users.name }).from(users).where(eq(users.id, before.updatedBy)).get()?.name ?? null)
        : null;
      return {
        ok: false,
        reason: 'conflict',
        updatedAt: before.updatedAt,
        updatedBy,
        updatedById: before.updatedBy,
      } as const;
    }
    const { tagNames, authorIds, ...written } = write;
    const values = authorIds ? { ...written, authorId: authorIds[0] ?? null } : written;
    const oldAuthorSlugs = before ? bylinesOfStory(tx, before.id).map((author) => author.slug) : [];
    const id = before
      ? (tx
          .update(articles)
          .set({ ...values, updatedBy: userId, updatedAt: now, version: before.version + 1 })
          .where(eq(articles.id, before.id))
          .run(),
        before.id)
      : tx
          .insert(articles)
          .values({ ...values, createdBy: userId, updatedBy: userId, createdAt: now, updatedAt: now })
          .returning({ id: articles.id })
          .get().id;
    const oldTagSlugs = tx
      .select({ slug: tags.slug })
      .from(articleTags)
      .innerJoin(tags, eq(articleTags.tagId, tags.id))
      .where(eq(articleTags.articleId, id))
      .all()
      .map((tag) => tag.slug);
    const newTags = tagNames.map((name) => {
      const slug = slugify(name);
      // A name the tag had before it was renamed finds the tag, not a new twin of its old self.
      return (
        tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(eq(tags.slug, slug)).get() ??
        tagRenamedFrom(slug, tx) ??
        tx.insert(tags).values({ name, slug }).returning({ id: tags.id, slug: tags.slug }).get()
      );
    });
    // Only the tags that changed are written: each article_tags row written reindexes the
    // story for search (db/migrations/0012), so a save that keeps its tags reindexes nothing.
    const newTagIds = newTags.map((tag) => tag.id);
    tx.delete(articleTags)
      .where(and(eq(articleTags.articleId, id), notInArray(articleTags.tagId, newTagIds)))
      .run();
    for (const tagId of newTagIds) tx.insert(articleTags).values({ articleId: id, tagId }).onConflictDoNothing().run();
    const newTagSlugs = newTags.map((tag) => tag.slug);
    if (authorIds) writeBylines(tx, id, authorIds);
    const after = tx.select().from(articles).where(eq(articles.id, id)).get()!;
    const afterBylines = bylinesOfStory(tx, id);
    recordRevision(
      tx,
      after,
      tagNames,
      userId,
      afterBylines.map((author) => author.id),
    );
    return {
      ok: true,
      id,
      before: before && factsOf(tx, before, oldTagSlugs, oldAuthorSlugs),
      after: factsOf(
        tx,
        after,
        newTagSlugs,
        afterBylines.map((author) => author.slug),
      ),
    } as const;
  });
}
