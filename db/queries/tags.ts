import { asc, count, eq, sql } from 'drizzle-orm';
import { db } from '..';
import { articles, articleTags, tagAliases, tags } from '../schema';
import { slugify } from '@/lib/text/slug';
import { isPublicAt } from './visibility';

export const TAG_PAGE_SIZE = 50;

/**
 * Tags by name with how many stories carry each (deleted stories not counted),
 * and the edition whose reader page the tag has (Arabic first; null while none
 * of its stories is public); `text` filters names.
 */
export function tagList({ text, page, now }: { text?: string; page: number; now: number }) {
  const where = text ? sql`${tags.name} like ${`%${text.replace(/[%_\\]/g, '\\$&')}%`} escape '\\'` : undefined;
  const stories = db
    .select({
      tagId: articleTags.tagId,
      n: count().as('n'),
      edition: sql<
        number | null
      >`max(case when ${isPublicAt(now)} then case ${articles.language} when 'ar' then 2 else 1 end end)`.as('edition'),
    })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(sql`${articles.status} != 'deleted'`)
    .groupBy(articleTags.tagId)
    .as('stories');
  const rows = db
    .select({
      id: tags.id,
      slug: tags.slug,
      name: tags.name,
      stories: sql<number>`coalesce(${stories.n}, 0)`,
      edition: stories.edition,
    })
    .from(tags)
    .leftJoin(stories, eq(stories.tagId, tags.id))
    .where(where)
    .orderBy(asc(tags.name))
    .limit(TAG_PAGE_SIZE)
    .offset((page - 1) * TAG_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(tags).where(where).get()?.n ?? 0;
  const editionOf = (code: number | null): 'ar' | 'en' | null => (code === 2 ? 'ar' : code === 1 ? 'en' : null);
  return { rows: rows.map(({ edition, ...row }) => ({ ...row, readerEdition: editionOf(edition) })), total };
}

/** What a tag change touched, for the cache: the tag pages and the stories that show the tag. */
export type TagChange = {
  outcome: 'renamed' | 'merged' | 'deleted';
  name: string;
  tagSlugs: string[];
  articleIds: number[];
};

const taggedArticleIds = (tx: Pick<typeof db, 'select'>, tagId: number) =>
  tx
    .select({ id: articleTags.articleId })
    .from(articleTags)
    .where(eq(articleTags.tagId, tagId))
    .all()
    .map((row) => row.id);

/**
 * Renames a tag; its slug follows the name, and the old slug stays as an alias
 * (its URL redirects, a story naming the tag the old way finds it). When the
 * new name is another tag's, the two merge: the stories and aliases move to
 * that tag and this one goes.
 */
export function renameTag(id: number, name: string): TagChange | 'notFound' | 'badName' {
  const slug = slugify(name);
  if (!slug) return 'badName';
  return db.transaction((tx) => {
    const tag = tx.select().from(tags).where(eq(tags.id, id)).get();
    if (!tag) return 'notFound';
    const articleIds = taggedArticleIds(tx, id);
    const twin = tx.select().from(tags).where(eq(tags.slug, slug)).get();
    const keeper = twin && twin.id !== id ? twin : undefined;
    // A live tag's slug is never an alias; the old slug becomes one, of whichever tag remains.
    tx.delete(tagAliases).where(eq(tagAliases.slug, slug)).run();
    if (keeper) {
      for (const articleId of articleIds)
        tx.insert(articleTags).values({ articleId, tagId: keeper.id }).onConflictDoNothing().run();
      tx.update(tagAliases).set({ tagId: keeper.id }).where(eq(tagAliases.tagId, id)).run();
      tx.delete(tags).where(eq(tags.id, id)).run();
    } else {
      tx.update(tags).set({ name, slug }).where(eq(tags.id, id)).run();
    }
    if (tag.slug !== slug) {
      tx.insert(tagAliases)
        .values({ slug: tag.slug, tagId: keeper?.id ?? id })
        .onConflictDoUpdate({ target: tagAliases.slug, set: { tagId: keeper?.id ?? id } })
        .run();
    }
    return keeper
      ? ({ outcome: 'merged', name: tag.name, tagSlugs: [tag.slug, keeper.slug], articleIds } as const)
      : ({ outcome: 'renamed', name: tag.name, tagSlugs: [tag.slug, slug], articleIds } as const);
  });
}

/** The tag an earlier slug now belongs to, if it was renamed or merged (inside a write's transaction when given one). */
export function tagRenamedFrom(slug: string, executor: Pick<typeof db, 'select'> = db) {
  return executor
    .select({ id: tags.id, slug: tags.slug })
    .from(tagAliases)
    .innerJoin(tags, eq(tags.id, tagAliases.tagId))
    .where(eq(tagAliases.slug, slug))
    .get();
}

/** Deletes a tag (its aliases with it): the stories keep everything else. */
export function deleteTag(id: number): TagChange | 'notFound' {
  return db.transaction((tx) => {
    const tag = tx.select().from(tags).where(eq(tags.id, id)).get();
    if (!tag) return 'notFound';
    const articleIds = taggedArticleIds(tx, id);
    tx.delete(tags).where(eq(tags.id, id)).run();
    return { outcome: 'deleted', name: tag.name, tagSlugs: [tag.slug], articleIds } as const;
  });
}
