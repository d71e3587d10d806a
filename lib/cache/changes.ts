import type { TopMove } from '@/db/queries/curation';
import type { StoryFacts } from '@/db/queries/editorial';
import { hasPublicStatus } from '@/lib/stories/workflow';
import { cacheTags } from './tags';

/**
 * What a write changed, as the caches need to know it. Each admin action
 * describes its write here and hands it to invalidate(); the tags follow:
 *
 *   story saved (any intent, a revision restored), public before or after
 *       → article(id), home, feeds, topNews (topped up with the latest stories),
 *         section(slug) and author(slug) before and after, tag(slug) of every tag
 *         before and after, breaking when flagged before or after, article(id)
 *         of its other-language version before and after
 *   story saved, public neither before nor after → nothing
 *   pin / move / reorder / clear «أهم الأخبار» → topNews, home, feeds
 *   rename / merge / delete a tag               → tag(slug) of each tag involved, article(id) of its stories
 *   create / rename / reorder / delete sections → sections (every reader read carries it)
 *   edit masthead settings                      → settings (every page shows the masthead)
 *   set / lift an embargo                       → article(id); moves the clock (no reader sees the story
 *                                                 either way: publication waits for a save or the embargo's time)
 *   add / edit / remove a correction or update  → article(id), feeds (every feed and sitemap that may carry
 *                                                 the story, and its dateModified), corrections
 *   live blog started / ended / reopened, an entry added, edited, deleted, pinned or flagged
 *                                               → live(id): the story's page, entries endpoint and feed only
 *   edit / add a writer (name, bio, photo)      → author(slug), writers, article(id) of their stories
 *   move a picture's focal point                → article(id) of the public stories leading with it (page,
 *                                                 og:image), home, topNews, feeds, section/tag/author(slug) of
 *                                                 those stories (their cards); nothing when none is public
 */
export type Change =
  | { kind: 'story'; id: number; before: StoryFacts | undefined; after: StoryFacts }
  | { kind: 'topNews'; move: 'pin' | TopMove | 'reorder' }
  | { kind: 'tag'; tagSlugs: string[]; articleIds: number[] }
  | { kind: 'sections' }
  | { kind: 'settings' }
  | { kind: 'embargo'; id: number }
  | { kind: 'note'; id: number }
  | { kind: 'live'; articleId: number }
  | { kind: 'author'; slug: string; articleIds: number[] }
  | { kind: 'picture'; articleIds: number[]; sectionSlugs: string[]; tagSlugs: string[]; authorSlugs: string[] };

/** The cache tags of the reader pages a change may have changed. */
export function tagsFor(change: Change): string[] {
  switch (change.kind) {
    case 'story':
      return storyTags(change);
    case 'topNews':
      return [cacheTags.topNews, cacheTags.home, cacheTags.feeds];
    case 'tag':
      // The stories' pages list their tags by name.
      return [...change.tagSlugs.map(cacheTags.tag), ...change.articleIds.map(cacheTags.article)];
    case 'sections':
      return [cacheTags.sections];
    case 'settings':
      return [cacheTags.settings];
    case 'embargo':
      return [cacheTags.article(change.id)];
    case 'note':
      return [cacheTags.article(change.id), cacheTags.feeds, cacheTags.corrections];
    case 'live':
      return [cacheTags.live(change.articleId)];
    case 'author':
      // Story pages print the byline, and an opinion piece the writer's photo.
      return [cacheTags.author(change.slug), cacheTags.writers, ...change.articleIds.map(cacheTags.article)];
    case 'picture':
      if (change.articleIds.length === 0) return [];
      return [
        ...change.articleIds.map(cacheTags.article),
        cacheTags.home,
        cacheTags.topNews,
        cacheTags.feeds,
        ...change.sectionSlugs.map(cacheTags.section),
        ...change.tagSlugs.map(cacheTags.tag),
        ...change.authorSlugs.map(cacheTags.author),
      ];
  }
}

function storyTags({ id, before, after }: Extract<Change, { kind: 'story' }>): string[] {
  const sides = before ? [before, after] : [after];
  // A story that readers could not see before and cannot see now changes no reader page.
  if (!sides.some(hasPublicStatus)) return [];
  const present = <T>(values: (T | null)[]) => values.filter((value): value is T => value !== null);
  return [
    ...new Set([
      cacheTags.article(id),
      cacheTags.home,
      cacheTags.feeds,
      // «أهم الأخبار» is topped up with the latest stories, so any publish can change it.
      cacheTags.topNews,
      ...present(sides.map((side) => side.sectionSlug)).map(cacheTags.section),
      ...sides.flatMap((side) => side.authorSlugs).map(cacheTags.author),
      ...sides.flatMap((side) => side.tagSlugs).map(cacheTags.tag),
      ...(sides.some((side) => side.isBreaking) ? [cacheTags.breaking] : []),
      // The other-language version links here (hreflang, "read in English").
      ...present(sides.map((side) => side.translationId)).map(cacheTags.article),
    ]),
  ];
}

const TIMED = ['status', 'publishedAt', 'topUntil', 'breakingUntil'] as const;

/**
 * Whether a change may move the next moment a reader page changes by the clock
 * alone (a schedule, a slot or flag expiry), which lib/cache/clock remembers.
 */
export function movesClock(change: Change): boolean {
  switch (change.kind) {
    case 'story':
      return !change.before || TIMED.some((field) => change.before![field] !== change.after[field]);
    case 'topNews':
      return change.move === 'pin' || change.move === 'clear';
    case 'embargo':
      return true;
    default:
      return false;
  }
}
