import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, sections } from '@/db/schema';
import { liftEmbargoSchema, setEmbargoSchema } from '@/app/[locale]/admin/(panel)/articles/embargo-schema';
import { toNewsroomInput } from '@/lib/dates';
import { breaksEmbargo, mayLiftEmbargo, maySetEmbargo, planEmbargo } from '@/lib/stories/embargo';
import { planSave, type SaveRequest } from '@/lib/stories/plan';
import { isPublic, shownStatus } from '@/lib/stories/workflow';

const temp = useSeededTempDatabase();
const queries = await import('@/db/queries/articles');
const sitemap = await import('@/db/queries/sitemap');
const search = await import('@/db/queries/search');
const { nextTimedChange, forgetTimedChange } = await import('@/lib/cache/clock');
const { db, now } = temp;
afterAll(() => temp.cleanup());

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const writer = { id: 7, role: 'writer' as const, authorId: null };
const editor = { id: 9, role: 'editor' as const, authorId: null };
const admin = { id: 1, role: 'admin' as const, authorId: null };

describe('who may do what with an embargo', () => {
  it('lets whoever may edit a story set an embargo (it only delays), and only editors and admins lift one', () => {
    expect(maySetEmbargo(writer, { status: 'draft', createdBy: writer.id })).toBe(true);
    expect(maySetEmbargo(writer, { status: 'draft', createdBy: editor.id })).toBe(false);
    expect(maySetEmbargo(writer, { status: 'scheduled', createdBy: writer.id })).toBe(false);
    expect(maySetEmbargo(editor, { status: 'scheduled', createdBy: writer.id })).toBe(true);
    expect(maySetEmbargo(admin, { status: 'deleted', createdBy: admin.id })).toBe(false);
    expect(mayLiftEmbargo(writer)).toBe(false);
    expect(mayLiftEmbargo(editor)).toBe(true);
    expect(mayLiftEmbargo(admin)).toBe(true);
  });

  it('will not lift an embargo without a reason (blank or control characters only count as none)', () => {
    const empty = liftEmbargoSchema.safeParse({ id: '3', reason: '  \u202e ' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0].message).toBe('liftReasonRequired');
    expect(liftEmbargoSchema.safeParse({ id: '3', reason: 'أذنت الوكالة بالنشر' }).data?.reason).toBe(
      'أذنت الوكالة بالنشر',
    );
    expect(setEmbargoSchema.safeParse({ id: '3', embargoUntil: '' }).success).toBe(false);
  });
});

describe('embargo time arithmetic in the newsroom time zone', () => {
  const draft = { status: 'draft' as const, publishedAt: null, embargoUntil: null };
  const start = Date.UTC(2026, 0, 1);
  const until = (typed: string, timeZone: string) => {
    const planned = planEmbargo(typed, draft, start, timeZone);
    if ('refusal' in planned) throw new Error(planned.refusal);
    return planned.embargoUntil;
  };

  it('reads a zone without daylight saving the same all year (Riyadh, UTC+3)', () => {
    expect(until('2026-01-15T10:00', 'Asia/Riyadh')).toBe(Date.UTC(2026, 0, 15, 7, 0));
    expect(until('2026-07-15T10:00', 'Asia/Riyadh')).toBe(Date.UTC(2026, 6, 15, 7, 0));
    expect(until('2026-07-15T10:00:30', 'Asia/Dubai')).toBe(Date.UTC(2026, 6, 15, 6, 0, 30));
  });

  it('follows daylight saving in a zone that keeps it (Beirut: UTC+2 in winter, UTC+3 in summer)', () => {
    expect(until('2026-01-15T10:00', 'Asia/Beirut')).toBe(Date.UTC(2026, 0, 15, 8, 0));
    expect(until('2026-07-15T10:00', 'Asia/Beirut')).toBe(Date.UTC(2026, 6, 15, 7, 0));
    // The last hour before and the first after the spring change (29 March 2026, 00:00 → 01:00).
    expect(until('2026-03-28T23:30', 'Asia/Beirut')).toBe(Date.UTC(2026, 2, 28, 21, 30));
    expect(until('2026-03-29T01:30', 'Asia/Beirut')).toBe(Date.UTC(2026, 2, 28, 22, 30));
    // An embargo typed and shown again reads the same in either season.
    for (const typed of ['2026-01-15T10:00:00', '2026-07-15T10:00:00'])
      expect(toNewsroomInput(until(typed, 'Asia/Beirut'), 'Asia/Beirut', true)).toBe(typed);
  });

  it('refuses a time that does not exist, one already past, and an earlier end than the one that holds', () => {
    expect(planEmbargo('2026-02-30T10:00', draft, start, 'Asia/Riyadh')).toEqual({ refusal: 'badDate' });
    expect(planEmbargo('2025-12-31T23:00', draft, start, 'Asia/Riyadh')).toEqual({ refusal: 'pastEmbargo' });
    const held = { ...draft, embargoUntil: Date.UTC(2026, 0, 2, 9, 0) };
    expect(planEmbargo('2026-01-02T11:00', held, start, 'Asia/Riyadh')).toEqual({ refusal: 'embargoEarlier' });
    expect(planEmbargo('2026-01-02T13:00', held, start, 'Asia/Riyadh')).toEqual({
      embargoUntil: Date.UTC(2026, 0, 2, 10, 0),
      publishedAt: null,
    });
  });

  it('does not embargo a story readers already see, and moves an earlier schedule to the embargo’s end', () => {
    const live = { status: 'published' as const, publishedAt: start - HOUR, embargoUntil: null };
    expect(planEmbargo('2026-01-02T10:00', live, start, 'Asia/Riyadh')).toEqual({ refusal: 'embargoOnPublic' });
    const scheduled = { status: 'scheduled' as const, publishedAt: start + HOUR, embargoUntil: null };
    expect(planEmbargo('2026-01-01T06:00', scheduled, start, 'Asia/Riyadh')).toEqual({
      embargoUntil: Date.UTC(2026, 0, 1, 3, 0),
      publishedAt: Date.UTC(2026, 0, 1, 3, 0),
    });
    const later = { ...scheduled, publishedAt: start + 10 * HOUR };
    expect(planEmbargo('2026-01-01T06:00', later, start, 'Asia/Riyadh')).toMatchObject({
      publishedAt: later.publishedAt,
    });
  });
});

describe('no save publishes an embargoed story early', () => {
  // Whole seconds, as a typed time is.
  const embargoEnd = Math.ceil((now + 2 * HOUR) / 1000) * 1000;
  const before = {
    status: 'draft' as const,
    publishedAt: null,
    authorId: null,
    topRank: null,
    isBreaking: false,
    topUntil: null,
    breakingUntil: null,
    embargoUntil: embargoEnd as number | null,
  };
  const request = (intent: SaveRequest['intent'], publishAt = ''): SaveRequest => ({
    intent,
    publishAt,
    isBreaking: false,
    topUntil: '',
    breakingUntil: '',
  });
  const refused = (user: typeof editor | typeof admin, save: SaveRequest, story = before) => {
    const planned = planSave(save, story, user, now);
    if ('refusal' in planned) throw new Error(planned.refusal.error);
    return breaksEmbargo(story, planned.plan, now);
  };

  it('refuses «نشر الآن» to an editor and to an admin alike', () => {
    expect(refused(editor, request('publish'))).toBe(true);
    expect(refused(admin, request('publish'))).toBe(true);
  });

  it('refuses a schedule before the embargo’s end and accepts one at or after it', () => {
    expect(refused(editor, request('schedule', toNewsroomInput(embargoEnd - MINUTE, undefined, true)))).toBe(true);
    expect(refused(editor, request('schedule', toNewsroomInput(embargoEnd, undefined, true)))).toBe(false);
    expect(refused(editor, request('schedule', toNewsroomInput(embargoEnd + HOUR, undefined, true)))).toBe(false);
  });

  it('lets the same saves through once the embargo is lifted or over, and never stops a plain save', () => {
    expect(refused(editor, request('publish'), { ...before, embargoUntil: null })).toBe(false);
    expect(refused(editor, request('publish'), { ...before, embargoUntil: now })).toBe(false);
    expect(refused(editor, request('save'))).toBe(false);
    expect(refused(editor, request('submit'))).toBe(false);
  });

  it('keeps a story hidden from readers while the embargo holds, whatever its status says', () => {
    const story = { status: 'published' as const, publishedAt: now - HOUR, embargoUntil: now + MINUTE };
    expect(isPublic(story, now)).toBe(false);
    expect(isPublic(story, now + MINUTE)).toBe(true);
    expect(shownStatus({ ...story, status: 'scheduled' }, now)).toBe('scheduled');
  });
});

describe('every reader query hides an embargoed story until its time', () => {
  const world = db.select().from(sections).where(eq(sections.slug, 'world')).get()!.id;
  const embargoEnd = now + 30 * MINUTE;
  // Published in the past with the embargo still ahead: the state no action should reach, so the
  // reader queries' own rule, not the save's refusal, is what is tested here.
  const id = db
    .insert(articles)
    .values({
      slug: 'embargoed-summit-report',
      title: 'تقرير القمة الخاص تحت الحظر',
      excerpt: 'تقرير خاص',
      body: '<p>زيلوفونيات تقرير القمة</p>',
      sectionId: world,
      status: 'published',
      publishedAt: now - MINUTE,
      embargoUntil: embargoEnd,
      isBreaking: true,
      topRank: 1,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: articles.id })
    .get().id;
  const ids = (cards: { id: number }[]) => cards.map((card) => card.id);
  const surfaces = (at: number) => ({
    page: queries.publicArticle(id, at) !== undefined,
    latest: ids(queries.latestArticles('ar', at, 50)).includes(id),
    section: ids(queries.sectionArticles(world, 'ar', at, 50)).includes(id),
    top: ids(queries.topNews('ar', at, 20)).includes(id),
    breaking: ids(queries.breakingNews('ar', at, 20)).includes(id),
    feed: ids(queries.feedEntries('ar', at, 50)).includes(id),
    sitemap: sitemap.sitemapArticles(0, at).some((row) => row.id === id),
    news: sitemap.newsSitemapArticles(at).some((row) => row.id === id),
    search: ids(
      search.searchArticles({ query: 'زيلوفونيات', language: 'ar', sort: 'newest' }, at, 10, 0).hits,
    ).includes(id),
  });

  it('is absent from the page, lists, feeds, sitemaps and search before the embargo ends', () => {
    expect(Object.values(surfaces(now)).some(Boolean)).toBe(false);
  });

  it('is present on each of them once it has ended', () => {
    expect(surfaces(embargoEnd)).toEqual(Object.fromEntries(Object.keys(surfaces(now)).map((key) => [key, true])));
  });

  it('counts only what readers can see, and tells the cache clock when the embargo ends', () => {
    expect(queries.countSectionArticles(world, 'ar', embargoEnd) - queries.countSectionArticles(world, 'ar', now)).toBe(
      1,
    );
    forgetTimedChange();
    expect(nextTimedChange(now)).toBeLessThanOrEqual(embargoEnd);
    const other = queries.latestArticles('ar', now, 1)[0];
    expect(ids(queries.relatedArticles({ id: other.id, sectionId: world, language: 'ar' }, now, 50))).not.toContain(id);
  });
});
