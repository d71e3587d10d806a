import { afterAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { articles, articleViews, sections } from '@/db/schema';
import { ViewCounter } from '@/lib/most-read/counter';
import { isReaderRequest, viewedStoryId } from '@/lib/most-read/request';
import { HOUR_MS, hourOf, oldestKeptHour, windowStart } from '@/lib/most-read/window';

// A real SQLite file, migrated and seeded: the demo's views are wiped so each test counts its own.
const temp = useSeededTempDatabase();
const { addViews, dropViewsBefore, mostRead } = await import('@/db/queries/most-read');
const { db, now } = temp;
afterAll(() => temp.cleanup());

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

function story(overrides: Partial<typeof articles.$inferInsert> = {}) {
  const sectionId = db.select().from(sections).where(eq(sections.slug, 'world')).get()!.id;
  return db
    .insert(articles)
    .values({
      slug: `most-read-${Math.random().toString(36).slice(2)}`,
      title: 'خبر يقرؤه الناس',
      sectionId,
      status: 'published',
      publishedAt: now - 60_000,
      createdAt: now,
      updatedAt: now,
      ...overrides,
    })
    .returning({ id: articles.id })
    .get().id;
}

const viewsOf = (id: number) =>
  db
    .select({ hour: articleViews.hour, views: articleViews.views })
    .from(articleViews)
    .where(eq(articleViews.articleId, id))
    .orderBy(articleViews.hour)
    .all();

describe('the hour windows', () => {
  it('files a moment under its whole UTC hour', () => {
    expect(hourOf(0)).toBe(0);
    expect(hourOf(HOUR_MS - 1)).toBe(0);
    expect(hourOf(Date.UTC(2026, 11, 2, 17, 59, 59))).toBe(hourOf(Date.UTC(2026, 11, 2, 17, 0, 0)));
  });

  it('reads 24 buckets for the day and 168 for the week, the current hour included', () => {
    expect(windowStart('day', 1000)).toBe(977);
    expect(1000 - windowStart('day', 1000) + 1).toBe(24);
    expect(1000 - windowStart('week', 1000) + 1).toBe(168);
    expect(oldestKeptHour(1000)).toBe(windowStart('week', 1000));
  });
});

describe('what counts as a reader', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it('counts a browser and ignores robots, tools, prefetches and prerenders', () => {
    expect(isReaderRequest(headers({ 'user-agent': CHROME }))).toBe(true);
    for (const agent of [
      '',
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0)',
      'facebookexternalhit/1.1',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'curl/8.5.0',
      'python-requests/2.32',
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 Chrome-Lighthouse',
    ])
      expect(isReaderRequest(headers({ 'user-agent': agent })), agent).toBe(false);
    expect(isReaderRequest(headers({ 'user-agent': CHROME, 'sec-purpose': 'prefetch;prerender' }))).toBe(false);
    expect(isReaderRequest(headers({ 'user-agent': CHROME, 'sec-purpose': 'prefetch' }))).toBe(false);
    expect(isReaderRequest(headers({ 'user-agent': CHROME, purpose: 'prefetch' }))).toBe(false);
  });

  it('takes a story id of digits only', () => {
    expect(viewedStoryId('42')).toBe(42);
    for (const body of ['', '0', '-1', '4.2', '42abc', '1e3', '1234567890', ' 42', '{"id":42}'])
      expect(viewedStoryId(body), body).toBeUndefined();
  });
});

describe('the view counter', () => {
  it('gathers views in memory and writes one batch per hour at each flush', () => {
    let clock = Date.UTC(2026, 11, 2, 10, 59, 0);
    const write = vi.fn();
    const counter = new ViewCounter({ write, now: () => clock });
    counter.record(7);
    counter.record(7);
    counter.record(8);
    clock += 2 * 60_000; // into the next hour
    counter.record(7);
    expect(write).not.toHaveBeenCalled();
    expect(counter.size).toBe(4);
    counter.flush();
    expect(write.mock.calls).toEqual([
      [
        hourOf(Date.UTC(2026, 11, 2, 10)),
        new Map([
          [7, 2],
          [8, 1],
        ]),
      ],
      [hourOf(Date.UTC(2026, 11, 2, 11)), new Map([[7, 1]])],
    ]);
    expect(counter.size).toBe(0);
    counter.flush();
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('flushes on its timer and once more when stopped', () => {
    vi.useFakeTimers();
    try {
      const write = vi.fn();
      const counter = new ViewCounter({ write });
      counter.start(10_000);
      counter.record(1);
      vi.advanceTimersByTime(9_999);
      expect(write).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(write).toHaveBeenCalledTimes(1);
      counter.record(2);
      counter.stop();
      expect(write).toHaveBeenCalledTimes(2);
      expect(write.mock.calls[1][1]).toEqual(new Map([[2, 1]]));
      vi.advanceTimersByTime(60_000);
      expect(write).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a batch that failed to write for the next flush, in its own hour', () => {
    let clock = Date.UTC(2026, 11, 2, 10, 30);
    let fail = true;
    const written: [number, Map<number, number>][] = [];
    const onError = vi.fn();
    const counter = new ViewCounter({
      now: () => clock,
      onError,
      write: (hour, counts) => {
        if (fail) throw new Error('database is locked');
        written.push([hour, new Map(counts)]);
      },
    });
    counter.record(5);
    counter.flush();
    expect(onError).toHaveBeenCalledTimes(1);
    fail = false;
    clock += HOUR_MS;
    counter.record(5);
    counter.flush();
    expect(written).toEqual([
      [hourOf(Date.UTC(2026, 11, 2, 10)), new Map([[5, 1]])],
      [hourOf(Date.UTC(2026, 11, 2, 11)), new Map([[5, 1]])],
    ]);
  });

  it('holds at most maxStories distinct stories between flushes (made-up ids cannot grow it)', () => {
    const write = vi.fn();
    const counter = new ViewCounter({ write, maxStories: 3 });
    expect([1, 2, 3, 4].map((id) => counter.record(id))).toEqual([true, true, true, false]);
    expect(counter.record(2)).toBe(true);
    counter.flush();
    expect(write.mock.calls[0][1]).toEqual(
      new Map([
        [1, 1],
        [2, 2],
        [3, 1],
      ]),
    );
    expect(counter.record(4)).toBe(true);
  });
});

describe('views in the database', () => {
  it('adds batches to the same rows (several workers, several flushes)', () => {
    const id = story();
    const hour = hourOf(now);
    addViews(hour, new Map([[id, 3]]), now);
    addViews(hour, new Map([[id, 4]]), now); // another worker's batch
    addViews(hour + 1, new Map([[id, 1]]), now);
    expect(viewsOf(id)).toEqual([
      { hour, views: 7 },
      { hour: hour + 1, views: 1 },
    ]);
  });

  it('drops ids of no public story: made up, drafts, scheduled for later, deleted', () => {
    const draft = story({ status: 'draft' });
    const later = story({ status: 'scheduled', publishedAt: now + HOUR_MS });
    const deleted = story({ status: 'deleted' });
    const live = story();
    const written = addViews(
      hourOf(now),
      new Map([
        [999_999, 5],
        [draft, 5],
        [later, 5],
        [deleted, 5],
        [live, 5],
      ]),
      now,
    );
    expect(written).toBe(1);
    expect([draft, later, deleted].flatMap(viewsOf)).toEqual([]);
    expect(viewsOf(live)).toEqual([{ hour: hourOf(now), views: 5 }]);
  });

  it('ranks by the views inside each window, and forgets buckets older than a week', () => {
    db.delete(articleViews)
      .where(sql`1`)
      .run();
    const hour = hourOf(now);
    const [fresh, lastWeek, tooOld, english] = [story(), story(), story(), story({ language: 'en' })];
    addViews(
      hour,
      new Map([
        [fresh, 5],
        [english, 50],
      ]),
      now,
    );
    addViews(windowStart('day', hour), new Map([[lastWeek, 2]]), now); // the oldest hour of the day
    addViews(windowStart('day', hour) - 1, new Map([[lastWeek, 10]]), now); // just outside it
    addViews(windowStart('week', hour) - 1, new Map([[tooOld, 100]]), now);
    const ids = (fromHour: number) => mostRead('ar', fromHour, now, 5).map((row) => [row.id, row.views]);
    expect(ids(windowStart('day', hour))).toEqual([
      [fresh, 5],
      [lastWeek, 2],
    ]);
    expect(ids(windowStart('week', hour))).toEqual([
      [lastWeek, 12],
      [fresh, 5],
    ]);
    dropViewsBefore(oldestKeptHour(hour));
    expect(viewsOf(tooOld)).toEqual([]);
    expect(viewsOf(lastWeek)).toHaveLength(2);
  });

  it('writes what is held when the counter stops, so a restart loses nothing', () => {
    const id = story();
    const counter = new ViewCounter({ write: (hour, counts) => addViews(hour, counts, Date.now()) });
    counter.start(60_000);
    for (let view = 0; view < 12; view++) counter.record(id);
    expect(viewsOf(id)).toEqual([]);
    counter.stop(); // what instrumentation-node.ts does as the process exits
    expect(viewsOf(id)).toEqual([{ hour: hourOf(Date.now()), views: 12 }]);
  });
});
