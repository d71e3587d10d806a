// A live blog under a crowd: an editor posts an entry every few seconds through the real panel action while
// readers poll the blog's entries endpoint. Each entry is timed from the post until a poll of the endpoint
// (as a reader's page makes it) returns it. For the load test.
import { ensureStaff, openE2eDatabase } from '../../e2e/support/database';
import { liveEntryPoster, signIn } from '../support/admin-forms';
import { printTable } from '../support/table';
import type { Newsroom } from './publishing';
import { summarize } from './stats';

export const ENTRY_EVERY_MS = 3_000;
// How long an entry is watched for: one never seen by then is lost.
const VISIBLE_WITHIN_MS = 30_000;

/** The demo's live blog, its entries endpoint. */
export function demoLiveBlog(server: Newsroom): { articleId: number; endpoint: string } {
  const db = openE2eDatabase(server.databaseFile);
  const articleId = db
    .prepare('SELECT article_id FROM live_blogs WHERE ended_at IS NULL LIMIT 1')
    .pluck()
    .get() as number;
  db.close();
  return { articleId, endpoint: `${server.base}/news/${articleId}/live.json` };
}

async function timeUntilPolled(endpoint: string, marker: string, since: number): Promise<number | null> {
  while (performance.now() - since < VISIBLE_WITHIN_MS) {
    const seen = await fetch(endpoint, { cache: 'no-store' })
      .then((response) => response.text())
      .then((text) => text.includes(marker))
      .catch(() => false);
    if (seen) return Math.round(performance.now() - since);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return null;
}

export type LivePosting = { visible: (number | null)[]; failed: number };

/** One entry every ENTRY_EVERY_MS until `until`, each watched until the endpoint returns it. */
export async function postEntriesUntil(
  server: Newsroom,
  articleId: number,
  endpoint: string,
  until: number,
): Promise<LivePosting> {
  // A second editor's account: the story publisher signs in as the first at the same moment.
  const { email, password } = await ensureStaff('editor', { handle: 'live-editor', databaseFile: server.databaseFile });
  const { cookie } = await signIn(server.base, email, password);
  if (!cookie) throw new Error('The live editor could not sign in');
  const post = await liveEntryPoster(server.base, cookie, articleId);
  const watches: Promise<number | null>[] = [];
  let failed = 0;
  for (let n = 1; performance.now() < until; n++) {
    const tick = performance.now();
    const marker = `تحديث اختبار الحمل ${n}-${Date.now()}`;
    try {
      await post(`<p>${marker}</p>`);
      watches.push(timeUntilPolled(endpoint, marker, tick));
    } catch (error) {
      failed++;
      console.error(error instanceof Error ? error.message : error);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, ENTRY_EVERY_MS - (performance.now() - tick))));
  }
  return { visible: await Promise.all(watches), failed };
}

export function printLivePosting({ visible, failed }: LivePosting) {
  const seen = visible.filter((ms): ms is number => ms !== null);
  const { p50, p99, max } = summarize(seen);
  printTable(
    ['live entry posted →', 'entries', 'p50 ms', 'p99 ms', 'max ms', `never (${VISIBLE_WITHIN_MS / 1000} s)`],
    [
      [
        'returned by the entries endpoint',
        String(visible.length),
        ...[p50, p99, max].map((ms) => (seen.length ? String(ms) : '–')),
        String(visible.length - seen.length),
      ],
    ],
  );
  console.log(`live entries: ${visible.length} posted, ${failed} failed`);
  return { lost: visible.length - seen.length };
}
