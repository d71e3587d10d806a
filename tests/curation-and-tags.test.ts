import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, articleTags, tags, users } from '@/db/schema';
import { slugify } from '@/lib/text/slug';

const temp = useSeededTempDatabase();
const { db, now } = temp;
const { pinCandidates, pinTopStory, pinnedStories } = await import('@/db/queries/curation');
const { deleteTag, renameTag, tagList, tagRenamedFrom } = await import('@/db/queries/tags');
const { saveArticle } = await import('@/db/queries/editorial');
afterAll(() => temp.cleanup());

const rankOf = (id: number) =>
  db.select({ rank: articles.topRank }).from(articles).where(eq(articles.id, id)).get()?.rank;

describe('pinning into «أهم الأخبار»', () => {
  it('puts a public story after every slot, even when the ranks have gaps', () => {
    const pinned = pinnedStories('ar');
    // A gap, as a deleted or hand-ranked story leaves: a count of the slots would land on a taken rank.
    db.update(articles)
      .set({ topRank: pinned.length + 5 })
      .where(eq(articles.id, pinned[pinned.length - 1].id))
      .run();
    const [candidate] = pinCandidates('ar', now);
    expect(pinTopStory(candidate.id, null, now)).toBe(true);
    expect(rankOf(candidate.id)).toBe(pinned.length + 6);
    expect(pinTopStory(candidate.id, null, now)).toBe(false);
    expect(pinCandidates('ar', now).map((story) => story.id)).not.toContain(candidate.id);
  });
  it('offers a story again once its slot has lapsed, and never a draft', () => {
    const [candidate] = pinCandidates('ar', now);
    expect(pinTopStory(candidate.id, now + 1_000, now)).toBe(true);
    expect(pinCandidates('ar', now + 2_000).map((story) => story.id)).toContain(candidate.id);
    expect(pinTopStory(candidate.id, null, now + 2_000)).toBe(true);
    const draft = db.select({ id: articles.id }).from(articles).limit(1).get()!.id;
    db.update(articles).set({ status: 'draft', topRank: null }).where(eq(articles.id, draft)).run();
    expect(pinTopStory(draft, null, now)).toBe(false);
  });
});

describe('tags', () => {
  const tagged = (name: string) => {
    const tagId = db
      .insert(tags)
      .values({ name, slug: slugify(name) })
      .returning({ id: tags.id })
      .get().id;
    const articleId = db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.status, 'published'), eq(articles.language, 'ar')))
      .limit(1)
      .get()!.id;
    db.insert(articleTags).values({ articleId, tagId }).run();
    return { tagId, articleId };
  };
  it('rename with the slug following the name', () => {
    const { tagId, articleId } = tagged('أولمبياد باريس');
    expect(renameTag(tagId, 'الألعاب الأولمبية في باريس')).toMatchObject({
      outcome: 'renamed',
      articleIds: [articleId],
    });
    expect(db.select().from(tags).where(eq(tags.id, tagId)).get()).toMatchObject({
      name: 'الألعاب الأولمبية في باريس',
      slug: 'الألعاب-الأولمبية-في-باريس',
    });
    expect(tagRenamedFrom(slugify('أولمبياد باريس'))).toMatchObject({ slug: 'الألعاب-الأولمبية-في-باريس' });
    expect(renameTag(tagId, '!!!')).toBe('badName');
    expect(renameTag(999_999, 'اسم')).toBe('notFound');
  });
  it('merge into the tag whose name they take, and delete without touching the stories', () => {
    const into = tagged('كرة السلة الشاطئية');
    const from = tagged('سلة الشاطئ');
    const change = renameTag(from.tagId, 'كرة السلة الشاطئية');
    expect(change).toMatchObject({
      outcome: 'merged',
      tagSlugs: [slugify('سلة الشاطئ'), slugify('كرة السلة الشاطئية')],
    });
    expect(db.select().from(tags).where(eq(tags.id, from.tagId)).get()).toBeUndefined();
    expect(tagRenamedFrom(slugify('سلة الشاطئ'))).toMatchObject({ slug: slugify('كرة السلة الشاطئية') });
    expect(tagList({ text: 'الشاطئ', page: 1, now }).rows).toEqual([
      expect.objectContaining({ id: into.tagId, stories: 1, readerEdition: 'ar' }),
    ]);
    expect(deleteTag(into.tagId)).toMatchObject({ outcome: 'deleted', articleIds: [into.articleId] });
    expect(db.select().from(articles).where(eq(articles.id, into.articleId)).get()).toBeDefined();
  });
  it('leave their old names to find them: a story tagged the old way joins the renamed tag', () => {
    const { tagId } = tagged('معرض الكتاب');
    renameTag(tagId, 'معرض القاهرة الدولي للكتاب');
    const sectionId = db.select({ id: articles.sectionId }).from(articles).limit(1).get()!.id;
    const editor = db
      .insert(users)
      .values({ email: 'tags@x.test', name: 'محررة', role: 'editor', passwordHash: null, createdAt: now })
      .returning()
      .get().id;
    const saved = saveArticle(
      {
        language: 'ar',
        slug: `old-name-${now}`,
        title: 'خبر بالاسم القديم',
        excerpt: '',
        body: '',
        sectionId,
        status: 'draft',
        tagNames: ['معرض الكتاب'],
      },
      editor,
    );
    expect(saved).toMatchObject({ ok: true });
    expect(
      db
        .select({ tagId: articleTags.tagId })
        .from(articleTags)
        .where(eq(articleTags.articleId, (saved as { id: number }).id))
        .all(),
    ).toEqual([{ tagId }]);
    expect(
      db
        .select()
        .from(tags)
        .where(eq(tags.slug, slugify('معرض الكتاب')))
        .get(),
    ).toBeUndefined();
    // A live tag taking an old slug back is no longer an alias.
    const { tagId: other } = tagged('ندوة');
    renameTag(other, 'معرض الكتاب');
    expect(tagRenamedFrom(slugify('معرض الكتاب'))).toBeUndefined();
  });
  it('find names with LIKE characters taken literally', () => {
    tagged('نسبة 100%');
    expect(tagList({ text: '100%', page: 1, now }).rows.map((row) => row.name)).toEqual(['نسبة 100%']);
    expect(tagList({ text: '_', page: 1, now }).rows).toEqual([]);
  });
});
