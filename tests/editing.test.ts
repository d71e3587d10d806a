import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, users } from '@/db/schema';

const temp = useSeededTempDatabase();
const { db, now } = temp;
const editorial = await import('@/db/queries/editorial');
const { revisionsOf, revisionContent } = await import('@/db/queries/revisions');
const { claimLock, lockHolder, LOCK_LAPSE_MS } = await import('@/db/queries/locks');
const { autosaveOf, dropAutosave, storeAutosave, NEW_STORY } = await import('@/db/queries/autosaves');
const { breakingNews, feedEntries, topNews } = await import('@/db/queries/articles');
const { forgetTimedChange, nextTimedChange } = await import('@/lib/cache/clock');
afterAll(() => temp.cleanup());

const person = (name: string) =>
  db
    .insert(users)
    .values({ email: `${name}@x.test`, name, role: 'editor', passwordHash: null, createdAt: now })
    .returning()
    .get().id;
const amal = person('أمل');
const karim = person('كريم');
const section = db.select({ id: articles.sectionId }).from(articles).limit(1).get()!.id;

function draft(title: string) {
  const result = editorial.saveArticle(
    {
      language: 'ar',
      slug: `draft-${title}`,
      title,
      excerpt: '',
      body: `<p>${title}</p>`,
      sectionId: section,
      status: 'draft',
      tagNames: ['وسم'],
    },
    amal,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.id;
}

describe('revisions', () => {
  it('record every saved version, and a restore brings back the words as a new version', () => {
    const id = draft('الصيغة الأولى');
    const first = editorial.articleForEditing(id)!.article;
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, createdBy: _cb, updatedBy: _ub, ...current } = first;
    expect(
      editorial.saveArticle({ ...current, title: 'الصيغة الثانية', tagNames: [] }, karim, { id, version: 1 }),
    ).toMatchObject({ ok: true });

    const history = revisionsOf(id);
    expect(history.map((revision) => [revision.version, revision.savedBy, revision.snapshot.title])).toEqual([
      [2, 'كريم', 'الصيغة الثانية'],
      [1, 'أمل', 'الصيغة الأولى'],
    ]);
    const oldest = history[1];
    const content = revisionContent(id, oldest.id)!;
    expect(content).toMatchObject({ title: 'الصيغة الأولى', tagNames: ['وسم'] });
    expect(revisionContent(id + 1, oldest.id)).toBeUndefined();

    const restored = editorial.saveArticle({ ...current, ...content }, amal, { id, version: 2 });
    expect(restored).toMatchObject({ ok: true });
    const after = editorial.articleForEditing(id)!;
    expect([after.article.title, after.article.version, after.tags.map((tag) => tag.name)]).toEqual([
      'الصيغة الأولى',
      3,
      ['وسم'],
    ]);
    expect(revisionsOf(id)).toHaveLength(3);
  });
});

describe('edit locks', () => {
  it('stand against others until taken over, and lapse when their holder stops reporting', () => {
    const id = draft('خبر مقفل');
    expect(claimLock(id, amal, now)).toEqual({ held: true });
    expect(claimLock(id, karim, now + 1_000)).toMatchObject({ held: false, holder: { userId: amal, name: 'أمل' } });
    expect(claimLock(id, amal, now + 20_000)).toEqual({ held: true });
    expect(lockHolder(id, now + 20_000)).toMatchObject({ userId: amal, since: now });

    expect(claimLock(id, karim, now + 21_000, true)).toMatchObject({ held: true, displaced: { userId: amal } });
    expect(claimLock(id, amal, now + 22_000)).toMatchObject({ held: false, holder: { userId: karim } });

    expect(lockHolder(id, now + 21_000 + LOCK_LAPSE_MS)).toBeUndefined();
    expect(claimLock(id, amal, now + 21_000 + LOCK_LAPSE_MS)).toEqual({ held: true });
  });
  it('of a deactivated person do not hold', () => {
    const id = draft('خبر صاحبه غادر');
    const gone = person('غائب');
    claimLock(id, gone, now);
    db.update(users).set({ active: false }).where(eq(users.id, gone)).run();
    expect(claimLock(id, amal, now + 1)).toEqual({ held: true });
  });
});

describe('autosaves', () => {
  it('keep one unsaved form per person and story, new stories included', () => {
    storeAutosave(amal, NEW_STORY, { title: 'مسودة' }, now);
    storeAutosave(amal, NEW_STORY, { title: 'مسودة أطول' }, now + 5);
    storeAutosave(karim, NEW_STORY, { title: 'غيرها' }, now);
    expect(autosaveOf(amal, NEW_STORY)).toEqual({ savedAt: now + 5, fields: { title: 'مسودة أطول' } });
    dropAutosave(amal, NEW_STORY);
    expect(autosaveOf(amal, NEW_STORY)).toBeUndefined();
    expect(autosaveOf(karim, NEW_STORY)?.fields.title).toBe('غيرها');
  });
});

describe('curation expiry', () => {
  it('drops a lapsed «أهم الأخبار» slot and breaking flag, and the cache clock knows the moment', () => {
    const [story] = topNews('ar', now, 1);
    db.update(articles)
      .set({ topUntil: now + 60_000, isBreaking: true, breakingUntil: now + 30_000 })
      .where(eq(articles.id, story.id))
      .run();
    forgetTimedChange();
    expect(nextTimedChange(now)).toBe(now + 30_000);
    expect(breakingNews('ar', now).map((card) => card.id)).toContain(story.id);
    expect(breakingNews('ar', now + 30_000).map((card) => card.id)).not.toContain(story.id);
    const pinned = (at: number) => feedEntries('ar', at, 50, { topOnly: true }).map((entry) => entry.id);
    expect(pinned(now + 59_999)).toContain(story.id);
    expect(pinned(now + 60_000)).not.toContain(story.id);
    expect(topNews('ar', now + 60_000, 6).length).toBe(6);
  });
});
