import { afterAll, describe, expect, it } from 'vitest';
import { authors, sections, users } from '@/db/schema';
import type { StoryFacts } from '@/db/queries/editorial';
import { movesClock, tagsFor, type Change } from '@/lib/cache/changes';
import { useSeededTempDatabase } from './support/temp-db';

const temp = useSeededTempDatabase();
const { db, now } = temp;
const { saveArticle } = await import('@/db/queries/editorial');
afterAll(() => temp.cleanup());

const facts = (fields: Partial<StoryFacts> = {}): StoryFacts => ({
  status: 'published',
  publishedAt: now,
  isBreaking: false,
  topUntil: null,
  breakingUntil: null,
  translationId: null,
  sectionSlug: 'economy',
  authorSlugs: ['amal'],
  tagSlugs: ['egypt'],
  ...fields,
});
const story = (before: StoryFacts | undefined, after: StoryFacts): Change => ({ kind: 'story', id: 5, before, after });
const sorted = (change: Change) => tagsFor(change).sort();

describe('the tags a story save touches', () => {
  it('are none while readers see the story neither before nor after', () => {
    expect(tagsFor(story(undefined, facts({ status: 'draft' })))).toEqual([]);
    expect(tagsFor(story(facts({ status: 'review' }), facts({ status: 'unpublished', isBreaking: true })))).toEqual([]);
    expect(tagsFor(story(facts({ status: 'deleted' }), facts({ status: 'draft' })))).toEqual([]);
  });
  it('are its page, the lists it is on, and the pages of its section, author and tags', () => {
    expect(sorted(story(undefined, facts({ tagSlugs: ['egypt', 'budget'] })))).toEqual(
      ['article:5', 'author:amal', 'feeds', 'home', 'section:economy', 'tag:budget', 'tag:egypt', 'top-news'].sort(),
    );
  });
  it('count a scheduled story as public, and an unpublished one by what it was', () => {
    expect(tagsFor(story(facts({ status: 'draft' }), facts({ status: 'scheduled', publishedAt: now + 1 })))).toContain(
      'article:5',
    );
    expect(tagsFor(story(facts(), facts({ status: 'unpublished' })))).toContain('section:economy');
  });
  it('cover the section, byline and tags it had as well as those it has', () => {
    const moved = story(
      facts({ tagSlugs: ['egypt', 'oil'] }),
      facts({ sectionSlug: 'sports', authorSlugs: [], tagSlugs: ['egypt', 'football'] }),
    );
    expect(sorted(moved)).toEqual(
      [
        'article:5',
        'author:amal',
        'feeds',
        'home',
        'section:economy',
        'section:sports',
        'tag:egypt',
        'tag:football',
        'tag:oil',
        'top-news',
      ].sort(),
    );
  });
  it('include the breaking strip when flagged before or after, and the other-language version', () => {
    expect(tagsFor(story(facts({ isBreaking: true }), facts()))).toContain('breaking');
    expect(tagsFor(story(facts(), facts({ isBreaking: true })))).toContain('breaking');
    expect(tagsFor(story(facts(), facts()))).not.toContain('breaking');
    expect(tagsFor(story(facts({ translationId: 8 }), facts({ translationId: 9 })))).toEqual(
      expect.arrayContaining(['article:8', 'article:9']),
    );
  });
});

describe('the tags of the other writes', () => {
  it('name the lists, the tag and story pages, the sections and the masthead', () => {
    for (const move of ['pin', 'up', 'down', 'clear'] as const)
      expect(tagsFor({ kind: 'topNews', move })).toEqual(['top-news', 'home', 'feeds']);
    expect(tagsFor({ kind: 'tag', tagSlugs: ['old', 'new'], articleIds: [3, 4] })).toEqual([
      'tag:old',
      'tag:new',
      'article:3',
      'article:4',
    ]);
    expect(tagsFor({ kind: 'sections' })).toEqual(['sections']);
    expect(tagsFor({ kind: 'settings' })).toEqual(['settings']);
  });
});

describe('the clock of timed changes', () => {
  it('moves with a new story, a status, a publication time or an expiry, and a pin', () => {
    expect(movesClock(story(undefined, facts({ status: 'draft' })))).toBe(true);
    expect(movesClock(story(facts(), facts({ sectionSlug: 'sports', tagSlugs: [] })))).toBe(false);
    expect(movesClock(story(facts({ status: 'scheduled' }), facts()))).toBe(true);
    expect(movesClock(story(facts(), facts({ publishedAt: now - 1 })))).toBe(true);
    expect(movesClock(story(facts(), facts({ topUntil: now + 1 })))).toBe(true);
    expect(movesClock(story(facts({ breakingUntil: now + 1 }), facts()))).toBe(true);
    expect(movesClock({ kind: 'topNews', move: 'pin' })).toBe(true);
    expect(movesClock({ kind: 'topNews', move: 'up' })).toBe(false);
    expect(movesClock({ kind: 'tag', tagSlugs: [], articleIds: [] })).toBe(false);
  });
});

describe('a saved story reports what the caches need', () => {
  const [economy, sports] = db.select({ id: sections.id, slug: sections.slug }).from(sections).limit(2).all();
  const [author] = db.select({ id: authors.id, slug: authors.slug }).from(authors).limit(1).all();
  const editor = db
    .insert(users)
    .values({ email: 'cache@x.test', name: 'محرر', role: 'editor', passwordHash: null, createdAt: now })
    .returning()
    .get().id;
  const write = {
    language: 'ar' as const,
    slug: `cache-${now}`,
    title: 'خبر للذاكرة',
    excerpt: '',
    body: '',
    sectionId: economy.id,
    authorId: author.id,
    status: 'published' as const,
    publishedAt: now,
    isBreaking: true,
    tagNames: ['ذاكرة التخزين'],
  };

  it('as it was and as it is, section, byline and tags included', () => {
    const first = saveArticle(write, editor);
    if (!first.ok) throw new Error(first.reason);
    expect(first.before).toBeUndefined();
    expect(first.after).toMatchObject({ status: 'published', sectionSlug: economy.slug, authorSlugs: [author.slug] });
    const second = saveArticle(
      { ...write, sectionId: sports.id, authorId: null, status: 'unpublished', isBreaking: false, tagNames: [] },
      editor,
      { id: first.id, version: 1 },
    );
    if (!second.ok) throw new Error(second.reason);
    expect(second.before).toEqual(first.after);
    expect(second.after).toMatchObject({
      status: 'unpublished',
      sectionSlug: sports.slug,
      authorSlugs: [],
      tagSlugs: [],
    });
    expect(tagsFor({ kind: 'story', ...second })).toEqual(
      expect.arrayContaining([
        `section:${economy.slug}`,
        `section:${sports.slug}`,
        `author:${author.slug}`,
        `tag:${first.after.tagSlugs[0]}`,
        'breaking',
      ]),
    );
  });
});
