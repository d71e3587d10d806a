import { count, eq } from 'drizzle-orm';
import type { PortalDatabase } from '../client';
import {
  articleAuthors,
  articles,
  articleTags,
  articleViews,
  authors,
  media,
  sections,
  siteSettings,
  tags,
} from '../schema';
import { slugify } from '@/lib/text/slug';
import {
  DEMO_AUTHORS,
  DEMO_FOCAL_POINTS,
  DEMO_IMAGE_CREDIT,
  DEMO_IMAGES,
  DEMO_SECTIONS,
  type DemoArticle,
} from './types';
import { SEED_MASTHEAD, seedArticle } from './seed-article';
import { demoArticles } from './demo-articles';
import { seedDemoLiveBlog } from './demo-live';
import { seedDemoNotesAndEmbargo } from './demo-notes';
import { seedDemoReview } from './demo-review';

const HOUR = 3_600_000;

export function isEmpty(db: PortalDatabase): boolean {
  return (db.select({ n: count() }).from(sections).get()?.n ?? 0) === 0;
}

/** Fills an empty database with the masthead, sections, staff and demo stories, in one transaction. */
export function seedDemoContent(db: PortalDatabase, now = Date.now()): void {
  db.transaction((tx) => {
    tx.insert(siteSettings)
      .values({ id: 1, ...SEED_MASTHEAD, updatedAt: now })
      .run();
    const sectionIds = new Map(
      DEMO_SECTIONS.map((section, position) => [
        section.slug,
        tx
          .insert(sections)
          .values({ ...section, position })
          .returning({ id: sections.id })
          .get().id,
      ]),
    );
    const imageIds = new Map(
      DEMO_IMAGES.map((key) => [
        key,
        tx
          .insert(media)
          .values({
            src: `/demo/${key}.webp`,
            width: 1200,
            height: 675,
            alt: '',
            credit: DEMO_IMAGE_CREDIT,
            ...DEMO_FOCAL_POINTS[key],
            createdAt: now,
          })
          .returning({ id: media.id })
          .get().id,
      ]),
    );
    const authorIds = new Map(
      DEMO_AUTHORS.map(({ slug, name, nameEn, ...more }) => [
        slug,
        tx
          .insert(authors)
          .values({
            slug,
            name,
            nameEn,
            photoId: 'photo' in more ? imageIds.get(more.photo) : null,
            ...('kind' in more && { kind: more.kind }),
            ...('bio' in more && { bio: more.bio, websiteUrl: more.websiteUrl }),
          })
          .returning({ id: authors.id })
          .get().id,
      ]),
    );
    const tagIds = new Map<string, number>();
    const tagId = (name: string) => {
      const existing = tagIds.get(name);
      if (existing) return existing;
      const id = tx
        .insert(tags)
        .values({ name, slug: slugify(name) })
        .returning({ id: tags.id })
        .get().id;
      tagIds.set(name, id);
      return id;
    };

    const articleIds = new Map<string, number>();
    const stories: DemoArticle[] = [seedArticle, ...demoArticles];
    for (const story of stories) {
      const publishedAt = Math.round(now - story.hoursAgo * HOUR);
      const id = tx
        .insert(articles)
        .values({
          language: story.language,
          slug: slugify(story.title),
          title: story.title,
          kicker: story.kicker ?? null,
          genre: story.genre ?? 'news',
          excerpt: story.excerpt,
          body: story.body,
          leadImageId: imageIds.get(story.image),
          leadImageCaption: story.caption,
          leadImageAlt: story.alt,
          sectionId: sectionIds.get(story.section)!,
          authorId: authorIds.get(story.author),
          status: 'published',
          publishedAt,
          createdAt: publishedAt,
          updatedAt: publishedAt,
          topRank: story.topRank ?? null,
          isBreaking: story.breaking ?? false,
        })
        .returning({ id: articles.id })
        .get().id;
      articleIds.set(story.key, id);
      // The insert's trigger listed `author` first (migration 0016).
      (story.coAuthors ?? []).forEach((slug, index) =>
        tx
          .insert(articleAuthors)
          .values({ articleId: id, authorId: authorIds.get(slug)!, position: index + 1 })
          .run(),
      );
      // «الأكثر قراءة» starts with a few views of the week's stories, read in the hour after publication.
      if (story.hoursAgo < 24 * 7)
        tx.insert(articleViews)
          .values({ hour: Math.floor(publishedAt / HOUR) + 1, articleId: id, views: 1 + (story.title.length % 9) })
          .run();
      for (const name of story.tags)
        tx.insert(articleTags)
          .values({ articleId: id, tagId: tagId(name) })
          .run();
    }
    for (const story of stories) {
      if (!story.translationOf) continue;
      const [a, b] = [articleIds.get(story.key)!, articleIds.get(story.translationOf)!];
      tx.update(articles).set({ translationId: b }).where(eq(articles.id, a)).run();
      tx.update(articles).set({ translationId: a }).where(eq(articles.id, b)).run();
    }
    seedDemoLiveBlog(tx, { articleIds, authorIds, imageIds }, now);
    seedDemoNotesAndEmbargo(
      tx,
      { articles: articleIds, economy: sectionIds.get('economy')!, author: authorIds.get('khaled-mansour') },
      now,
    );
    seedDemoReview(tx, { economy: sectionIds.get('economy')!, author: authorIds.get('khaled-mansour') }, now);
  });
}
