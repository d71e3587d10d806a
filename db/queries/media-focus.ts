import { and, eq, inArray } from 'drizzle-orm';
import { db } from '..';
import { articles, articleTags, media, PUBLIC_STATUSES, sections, tags } from '../schema';
import { bylinesOf } from './bylines';

/** Sets (or clears, with null) a picture's focal point; false when there is no such picture. */
export function setFocalPoint(id: number, focus: { x: number; y: number } | null): boolean {
  const result = db
    .update(media)
    .set({ focalX: focus?.x ?? null, focalY: focus?.y ?? null })
    .where(eq(media.id, id))
    .run();
  return result.changes > 0;
}

/**
 * Where readers see a picture as a lead image: the stories that lead with it
 * (public ones only: a draft's crop shows nowhere yet) and the listings their
 * cards are on. What a moved focal point asks the caches to refresh.
 */
export function readerPlacesOf(mediaId: number) {
  const leading = and(eq(articles.leadImageId, mediaId), inArray(articles.status, PUBLIC_STATUSES));
  const stories = db
    .select({ id: articles.id, sectionSlug: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(leading)
    .all();
  const ids = stories.map((story) => story.id);
  if (ids.length === 0) return { articleIds: [], sectionSlugs: [], tagSlugs: [], authorSlugs: [] };
  const tagSlugs = db
    .selectDistinct({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, ids))
    .all();
  return {
    articleIds: ids,
    sectionSlugs: [...new Set(stories.map((story) => story.sectionSlug))],
    tagSlugs: tagSlugs.map((row) => row.slug),
    authorSlugs: [...new Set([...bylinesOf(ids).values()].flat().map((author) => author.slug))],
  };
}
