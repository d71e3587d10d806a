import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { articles, authors, sections, users } from '@/db/schema';
import { authorIdList, MAX_BYLINES, planBylines } from '@/lib/stories/bylines';
import { bylinesJsonLd } from '@/lib/seo/bylines-json-ld';
import { useSeededTempDatabase } from './support/temp-db';

const temp = useSeededTempDatabase();
const { db, now } = temp;
const { saveArticle } = await import('@/db/queries/editorial');
const { authorArticles, feedEntries } = await import('@/db/queries/articles');
const { bylinesOf, bylinesToRestore } = await import('@/db/queries/bylines');
const { revisionsOf } = await import('@/db/queries/revisions');
afterAll(() => temp.cleanup());

const writer = { role: 'writer' as const, authorId: 11 };
const editor = { role: 'editor' as const, authorId: 12 };

describe('who signs a story', () => {
  it('gives a writer’s new story their own byline, whatever the form posted', () => {
    expect(planBylines({ authorId: 5, coAuthorIds: [6, 7] }, undefined, writer)).toEqual([11]);
  });

  it('keeps the list of a story a writer edits, co-authors included', () => {
    expect(planBylines({ authorId: 11, coAuthorIds: [] }, { authorId: 3, authorIds: [3, 11] }, writer)).toEqual([
      3, 11,
    ]);
    // A story stored before co-authors: its one byline.
    expect(planBylines({ authorId: 11 }, { authorId: 3 }, writer)).toEqual([3]);
  });

  it('takes an editor’s choice in the order given, the first byline leading, each name once', () => {
    expect(planBylines({ authorId: 5, coAuthorIds: [9, 7, 5, 9] }, { authorId: 3, authorIds: [3] }, editor)).toEqual([
      5, 9, 7,
    ]);
    expect(planBylines({ coAuthorIds: [] }, undefined, editor)).toEqual([12]);
    expect(planBylines({ authorId: 1, coAuthorIds: [2, 3, 4, 5, 6, 7, 8] }, undefined, editor)).toHaveLength(
      MAX_BYLINES,
    );
  });

  it('leaves an editor’s co-authors alone when the form did not post the list', () => {
    expect(planBylines({ authorId: 4 }, { authorId: 3, authorIds: [3, 8, 9] }, editor)).toEqual([4, 8, 9]);
  });

  it('reads the posted list strictly', () => {
    expect(authorIdList.parse('7,3')).toEqual([7, 3]);
    expect(authorIdList.parse('')).toEqual([]);
    expect(authorIdList.parse(undefined)).toBeUndefined();
    expect(authorIdList.safeParse('7,,3').success).toBe(false);
    expect(authorIdList.safeParse('7;drop').success).toBe(false);
  });
});

describe('structured data', () => {
  it('names an agency as an Organization and a writer as a Person, with page and portrait', () => {
    const people = bylinesJsonLd(
      [
        {
          slug: 'amal',
          name: 'أمل',
          nameEn: 'Amal',
          kind: 'guest',
          photo: { src: '/media/amal.webp', width: 1, height: 1 },
        },
        { slug: 'mena', name: 'وكالة', nameEn: null, kind: 'agency', photo: null },
      ],
      'en',
    );
    expect(people).toEqual([
      {
        '@type': 'Person',
        name: 'Amal',
        url: expect.stringMatching(/\/en\/author\/amal$/),
        image: expect.stringMatching(/^https?:\/\/.+\/media\/amal\.webp$/),
      },
      { '@type': 'Organization', name: 'وكالة', url: expect.stringMatching(/\/en\/author\/mena$/) },
    ]);
  });
});

describe('stored bylines', () => {
  const sectionId = db.select({ id: sections.id }).from(sections).limit(1).get()!.id;
  const ids = db
    .select({ id: authors.id })
    .from(authors)
    .all()
    .map((row) => row.id);
  const [first, second, third] = ids;
  const editorId = db
    .insert(users)
    .values({ email: 'bylines@x.test', name: 'محرر', role: 'editor', passwordHash: null, createdAt: now })
    .returning()
    .get().id;
  const write = (authorIds: number[] | undefined, existing?: { id: number; version: number }) =>
    saveArticle(
      {
        language: 'ar',
        slug: 'co-signed',
        title: 'خبر بتوقيعين',
        excerpt: '',
        body: '<p>نص</p>',
        sectionId,
        status: 'published',
        publishedAt: now - 1000,
        tagNames: [],
        authorId: first,
        authorIds,
      },
      editorId,
      existing,
    );
  const stored = (id: number) => (bylinesOf([id]).get(id) ?? []).map((author) => author.id);
  const version = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!.version;

  it('keeps the order, puts the first in author_id, and lists the story on every author’s page and feed item', () => {
    const saved = write([third, first]);
    if (!saved.ok) throw new Error(saved.reason);
    expect(stored(saved.id)).toEqual([third, first]);
    expect(db.select().from(articles).where(eq(articles.id, saved.id)).get()!.authorId).toBe(third);
    for (const author of [third, first])
      expect(authorArticles(author, 'ar', now, 50).map((card) => card.id)).toContain(saved.id);
    expect(feedEntries('ar', now, 50).find((entry) => entry.id === saved.id)?.bylines).toHaveLength(2);
    expect(saved.after.authorSlugs).toHaveLength(2);
    const reordered = write([second, third], { id: saved.id, version: version(saved.id) });
    if (!reordered.ok) throw new Error(reordered.reason);
    expect(stored(saved.id)).toEqual([second, third]);
    // The author taken off the story loses it from their page: their cache tag is among the ones a save clears.
    expect(reordered.before?.authorSlugs).toHaveLength(2);
    expect(authorArticles(first, 'ar', now, 50).map((card) => card.id)).not.toContain(saved.id);
    // Each revision keeps its list, and a restore brings it back.
    const [latest, earlier] = revisionsOf(saved.id);
    expect(latest.snapshot.authorIds).toEqual([second, third]);
    expect(bylinesToRestore(earlier.snapshot, [])).toEqual([third, first]);
  });

  it('lists a story written without the list (the archive generator) under its author_id', () => {
    const plain = db
      .insert(articles)
      .values({
        language: 'ar',
        slug: 'plain-insert',
        title: 'خبر قديم',
        excerpt: '',
        body: '',
        sectionId,
        authorId: second,
        status: 'draft',
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: articles.id })
      .get().id;
    expect(stored(plain)).toEqual([second]);
    db.update(articles).set({ authorId: third }).where(eq(articles.id, plain)).run();
    expect(stored(plain)).toEqual([third]);
  });

  it('seeds demo stories signed by a guest writer and by an agency', () => {
    const kinds = [
      ...bylinesOf(
        db
          .select({ id: articles.id })
          .from(articles)
          .all()
          .map((row) => row.id),
      ).values(),
    ]
      .filter((list) => list.length > 1)
      .map((list) => list.map((author) => author.kind));
    expect(kinds).toEqual(
      expect.arrayContaining([expect.arrayContaining(['guest']), expect.arrayContaining(['agency'])]),
    );
  });
});
