import { expect, test } from '@playwright/test';
import { articlePublisher, signIn } from '../scripts/support/admin-forms';
import { SideServer } from '../scripts/support/side-server';
import { ensureStaff, openE2eDatabase } from './support/database';

// Durability against a crash: editors publish through the real form while
// the production server is SIGKILLed under them, three times. Every publish
// the server answered (303 to the story) must be there after a restart, and
// SQLite's integrity check must pass. WAL with synchronous=NORMAL keeps every
// committed transaction through a process crash (not through power loss).
const CYCLES = 3;
const ACKS_BEFORE_KILL = 8;
const LANES = 2;

test('acknowledged publishes survive SIGKILL of the server, and the database stays intact', async () => {
  test.setTimeout(120_000);
  const server = await SideServer.create();
  try {
    const { email, password } = await ensureStaff('editor', { databaseFile: server.databaseFile });
    const db = openE2eDatabase(server.databaseFile);
    const sectionId = db.prepare('select id from sections order by id limit 1').pluck().get() as number;
    db.close();

    const acknowledged = new Map<number, string>();
    let lostInFlight = 0;
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      await server.start();
      const { cookie } = await signIn(server.base, email, password);
      const publish = await articlePublisher(server.base, cookie!);
      const atStart = acknowledged.size;
      let killing = false;
      // Editors publishing at once, so writes are in flight when the kill lands.
      const lane = async (name: number) => {
        for (let n = 1; !killing; n++) {
          const title = `خبر اختبار الانقطاع ${cycle}-${name}-${n}`;
          try {
            acknowledged.set(await publish({ title, sectionId }), title);
          } catch (error) {
            if (!killing) throw error;
            lostInFlight++;
          }
        }
      };
      const lanes = Promise.all(Array.from({ length: LANES }, (_, i) => lane(i + 1)));
      await expect
        .poll(() => acknowledged.size - atStart, { timeout: 60_000 })
        .toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
      killing = true;
      expect(await server.signal('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
      await lanes;
    }

    await server.start();
    const check = openE2eDatabase(server.databaseFile);
    try {
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = check
        .prepare(`select id, title, status from articles where id in (${[...acknowledged.keys()].join(',')})`)
        .all() as { id: number; title: string; status: string }[];
      expect(rows.map((row) => [row.id, row.title, row.status]).sort()).toEqual(
        [...acknowledged].map(([id, title]) => [id, title, 'published']).sort(),
      );
    } finally {
      check.close();
    }
    // And the restarted server serves them.
    for (const [id, title] of acknowledged) {
      const response = await fetch(`${server.base}/news/${id}`);
      expect(response.status, `/news/${id}`).toBe(200);
      expect(await response.text()).toContain(title);
    }
    console.log(
      `durability: ${CYCLES} kills survived; ${acknowledged.size} acknowledged publishes present; ${lostInFlight} in flight at a kill`,
    );
  } finally {
    await server.dispose();
  }
});
