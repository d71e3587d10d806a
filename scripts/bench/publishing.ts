// A newsroom's pace under load: one story published a second through the real
// article form, each watched from the moment of publishing until it shows on
// the front page and at its own URL. For the load test and the edge benchmark.
import { articlePublisher, signIn } from '../support/admin-forms';
import { printTable } from '../support/table';
import { ensureStaff, openE2eDatabase } from '../../e2e/support/database';
import { get } from './http';
import { summarize } from './stats';

// The goal: every story on the home page and at its own URL within a second.
export const VISIBLE_GOAL_MS = 1_000;
// How long a story is watched for: one seen later is late, one never seen is lost.
export const VISIBLE_WITHIN_MS = 30_000;

/** Where stories are published and read: `base` (the portal, or the edge in front of it) on that database. */
export type Newsroom = { base: string; databaseFile: string };

/** Polls `check` until it holds; how long that took from `since`, or null if it never did. */
async function timeUntil(check: () => Promise<boolean>, since: number): Promise<number | null> {
  while (performance.now() - since < VISIBLE_WITHIN_MS) {
    if (await check().catch(() => false)) return Math.round(performance.now() - since);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return null;
}

/** Milliseconds from the publish: until the action answered, until the story showed on the home page, at its own URL. */
export type Publication = { id: number; answered: number; home: number | null; article: number | null };

/** One story a second until `until`; each is then watched until it shows on the home page and at its own URL. */
export async function publishEverySecond(
  server: Newsroom,
  until: number,
): Promise<{ made: Publication[]; failed: number }> {
  const { email, password } = await ensureStaff('editor', { databaseFile: server.databaseFile });
  const { cookie } = await signIn(server.base, email, password);
  if (!cookie) throw new Error('The editor could not sign in');
  const publish = await articlePublisher(server.base, cookie);
  const db = openE2eDatabase(server.databaseFile);
  // Round the sections: the home page shows each one's latest few, so one
  // section taking every story would push a slow-to-appear one off the page.
  const sectionIds = db.prepare('SELECT id FROM sections ORDER BY position, id').pluck().all() as number[];
  db.close();

  const watches: Promise<Publication>[] = [];
  let failed = 0;
  for (let n = 1; performance.now() < until; n++) {
    const tick = performance.now();
    try {
      const id = await publish({
        title: `خبر عاجل من اختبار الحمل رقم ${n}`,
        sectionId: sectionIds[n % sectionIds.length],
      });
      const answered = Math.round(performance.now() - tick);
      watches.push(
        Promise.all([
          timeUntil(async () => (await get(`${server.base}/`)).body.includes(`/news/${id}/`), tick),
          timeUntil(async () => (await fetch(`${server.base}/news/${id}`)).status === 200, tick),
        ]).then(([home, article]) => ({ id, answered, home, article })),
      );
    } catch (error) {
      failed++;
      console.error(error instanceof Error ? error.message : error);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (performance.now() - tick))));
  }
  return { made: await Promise.all(watches), failed };
}

export type Publishing = Awaited<ReturnType<typeof publishEverySecond>>;

/** A story is visible once both its home-page link and its own page are. */
const visibleAt = ({ home, article }: Publication) =>
  home === null || article === null ? null : Math.max(home, article);

export function printPublishing({ made, failed }: Publishing) {
  const measures: [string, (publication: Publication) => number | null][] = [
    ['the action answers', (publication) => publication.answered],
    ['link on the home page', (publication) => publication.home],
    ['own page answers', (publication) => publication.article],
    ['both (visible)', visibleAt],
  ];
  printTable(
    [
      'publish →',
      'p50 ms',
      'p99 ms',
      'max ms',
      `within ${VISIBLE_GOAL_MS / 1000} s`,
      `never (${VISIBLE_WITHIN_MS / 1000} s)`,
    ],
    measures.map(([name, delay]) => {
      const seen = made.map(delay).filter((ms): ms is number => ms !== null);
      const { p50, p99, max } = summarize(seen);
      const inTime = seen.filter((ms) => ms <= VISIBLE_GOAL_MS).length;
      return [
        name,
        ...[p50, p99, max].map((ms) => (seen.length ? String(ms) : '–')),
        `${inTime} / ${made.length}`,
        String(made.length - seen.length),
      ];
    }),
  );
  const inTime = made.filter((publication) => (visibleAt(publication) ?? Infinity) <= VISIBLE_GOAL_MS).length;
  console.log(
    `publishes: ${made.length} made, ${failed} failed; ${inTime} of ${made.length} visible (home link and own page) within ${VISIBLE_GOAL_MS / 1000} s`,
  );
  return { lost: made.filter((publication) => visibleAt(publication) === null).length };
}
