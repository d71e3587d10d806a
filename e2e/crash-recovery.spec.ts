import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { actionFields, articlePublisher, signIn, submitForm } from '../scripts/support/admin-forms';
import { SideServer } from '../scripts/support/side-server';
import { MEDIA_FILE_PATTERN, mediaFileName, MEDIA_FORMATS, widthsFor } from '../lib/media/variants';
import { ensureStaff, openE2eDatabase } from './support/database';

// Durability against a crash: editors publish stories, upload pictures and
// merge tags through the real forms while the production server is SIGKILLed
// under them, CRASH_CYCLES times (5 in `npm test`, 20 in `npm run crashtest`),
// the kill landing in turn while a publish, an upload or a tag merge is in
// flight. After every restart: each write the server acknowledged is there,
// SQLite's and the search index's integrity checks pass, and the media folder
// holds exactly the files the media rows name. WAL with synchronous=NORMAL
// keeps every committed transaction through a process crash (not power loss).
const CYCLES = Number(process.env.CRASH_CYCLES ?? 5);
const KILL_DURING = ['publish', 'upload', 'merge'] as const;
type Work = (typeof KILL_DURING)[number];
const PUBLISHES_BEFORE_KILL = 4;
const MERGES_PER_CYCLE = 80;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tag pairs to merge, each source on two stories, written before the server first starts. */
function seedTagPairs(
  databaseFile: string,
): { sourceId: number; keeper: string; keeperId: number; articles: number[] }[] {
  const db = openE2eDatabase(databaseFile);
  try {
    const articles = db
      .prepare(`select id from articles where status = 'published' order by id limit 40`)
      .pluck()
      .all() as number[];
    const addTag = db.prepare('insert into tags (slug, name) values (?, ?) returning id').pluck();
    const tag = db.prepare('insert or ignore into article_tags (article_id, tag_id) values (?, ?)');
    return db.transaction(() =>
      Array.from({ length: CYCLES * MERGES_PER_CYCLE }, (_, i) => {
        const keeper = `crash-keeper-${i}`;
        const keeperId = addTag.get(keeper, keeper) as number;
        const sourceId = addTag.get(`crash-source-${i}`, `crash-source-${i}`) as number;
        const mine = [articles[i % articles.length], articles[(i + 7) % articles.length]];
        for (const articleId of mine) tag.run(articleId, sourceId);
        return { sourceId, keeper, keeperId, articles: mine };
      }),
    )();
  } finally {
    db.close();
  }
}

test('acknowledged publishes, uploads and tag merges survive repeated SIGKILLs; database, search index and media stay whole', async () => {
  test.setTimeout(60_000 + CYCLES * 90_000);
  const server = await SideServer.create();
  const mediaDir = path.join(path.dirname(server.databaseFile), 'portal-media');
  // Noise compresses badly: a picture that keeps the encoder busy for a while.
  const picture = await sharp({
    create: {
      width: 1800,
      height: 1200,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
  try {
    const { email, password } = await ensureStaff('editor', { databaseFile: server.databaseFile });
    const setup = openE2eDatabase(server.databaseFile);
    const sectionId = setup.prepare('select id from sections order by id limit 1').pluck().get() as number;
    setup.close();
    const pairs = seedTagPairs(server.databaseFile);

    const published = new Map<number, string>();
    const uploaded: string[] = [];
    const merged: typeof pairs = [];
    const inFlightAtKill: Record<Work, number> = { publish: 0, upload: 0, merge: 0 };

    /** The checks after a restart. */
    const verify = (cycle: number) => {
      const db = openE2eDatabase(server.databaseFile);
      try {
        expect(db.pragma('integrity_check', { simple: true }), `cycle ${cycle}`).toBe('ok');
        db.prepare(`insert into article_search(article_search) values ('integrity-check')`).run();
        const stories = db
          .prepare(`select id, title, status from articles where id in (${[...published.keys(), 0].join(',')})`)
          .all() as { id: number; title: string; status: string }[];
        expect(stories.map((row) => [row.id, row.title, row.status]).sort(), `cycle ${cycle}: publishes`).toEqual(
          [...published].map(([id, title]) => [id, title, 'published']).sort(),
        );
        const alts = new Set(db.prepare('select alt from media').pluck().all() as string[]);
        expect(
          uploaded.filter((alt) => !alts.has(alt)),
          `cycle ${cycle}: uploads`,
        ).toEqual([]);
        for (const pair of merged) {
          expect(db.prepare('select count(*) from tags where id = ?').pluck().get(pair.sourceId)).toBe(0);
          const kept = db.prepare('select article_id from article_tags where tag_id = ?').pluck().all(pair.keeperId);
          expect(kept, `cycle ${cycle}: merge into ${pair.keeper}`).toEqual(expect.arrayContaining(pair.articles));
        }
        // Exactly the files the rows name: every variant of every row, and nothing else.
        const expected = (db.prepare(`select src from media where src like '/media/%'`).pluck().all() as string[])
          .map((src) => MEDIA_FILE_PATTERN.exec(path.basename(src))!)
          .flatMap(([, key, width]) =>
            widthsFor(Number(width)).flatMap((w) => MEDIA_FORMATS.map((format) => mediaFileName(key, w, format))),
          );
        const onDisk = fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).filter((name) => name !== '.incoming') : [];
        expect(onDisk.sort(), `cycle ${cycle}: media files`).toEqual(expected.sort());
        const staging = path.join(mediaDir, '.incoming');
        expect(fs.existsSync(staging) ? fs.readdirSync(staging) : [], `cycle ${cycle}: staging`).toEqual([]);
      } finally {
        db.close();
      }
    };

    let nextPair = 0;
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      await server.start();
      verify(cycle - 1);
      // Node's fetch may still hold a keep-alive socket to the killed server: one retry on a
      // closed socket, then a failure names the cycle and carries what the server logged.
      const { cookie } = await signIn(server.base, email, password)
        .catch(() => signIn(server.base, email, password))
        .catch((error: Error) => {
          throw new Error(`cycle ${cycle}: signing in after the restart: ${error.message}\n${server.log(40)}`, {
            cause: error,
          });
        });
      const publish = await articlePublisher(server.base, cookie!);
      const uploadFields = await actionFields(`${server.base}/admin/media`, 'alt', cookie);
      const tagFields = await actionFields(`${server.base}/admin/tags`, 'intent', cookie);
      const killDuring = KILL_DURING[(cycle - 1) % KILL_DURING.length];
      const inFlight: Record<Work, number> = { publish: 0, upload: 0, merge: 0 };
      const done: Record<Work, number> = { publish: 0, upload: 0, merge: 0 };
      let killing = false;
      /** Runs `work` until the kill; a failure is allowed only once the kill is under way. */
      const lane = async (kind: Work, work: (n: number) => Promise<void>) => {
        for (let n = 1; !killing; n++) {
          inFlight[kind]++;
          try {
            await work(n);
            done[kind]++;
          } catch (error) {
            if (!killing) throw error;
          } finally {
            inFlight[kind]--;
          }
        }
      };
      const lanes = Promise.all([
        lane('publish', async (n) => {
          await pause(100);
          const title = `خبر اختبار الانقطاع ${cycle}-${n}`;
          published.set(await publish({ title, sectionId }), title);
        }),
        lane('upload', async (n) => {
          const alt = `صورة اختبار الانقطاع ${cycle}-${n}`;
          const body = new FormData();
          for (const [name, value] of Object.entries({ ...uploadFields, alt })) body.append(name, value);
          body.append('file', new Blob([new Uint8Array(picture)], { type: 'image/jpeg' }), 'noise.jpg');
          const response = await fetch(`${server.base}/admin/media`, {
            method: 'POST',
            body,
            headers: { origin: server.base, cookie: cookie! },
            redirect: 'manual',
          });
          const text = await response.text();
          if (!text.includes('رُفعت الصورة وأصبحت في المكتبة.'))
            throw new Error(`upload ${alt}: HTTP ${response.status}`);
          uploaded.push(alt);
        }),
        lane('merge', async () => {
          // One merge at a time with a breath between, so the pairs last the cycle.
          await pause(50);
          const pair = pairs[nextPair++];
          if (!pair) return;
          const response = await submitForm(
            `${server.base}/admin/tags`,
            { ...tagFields, id: String(pair.sourceId), intent: 'rename', name: pair.keeper },
            { cookie: cookie! },
          );
          if (!(await response.text()).includes(`دُمج الوسم «crash-source-`))
            throw new Error(`merge ${pair.sourceId}: HTTP ${response.status}`);
          merged.push(pair);
        }),
      ]);
      // Enough done to be worth checking, then the kill, while the chosen kind of write is in flight.
      await expect
        .poll(() => done.publish >= PUBLISHES_BEFORE_KILL && done.upload >= 1 && done.merge >= 3, { timeout: 60_000 })
        .toBe(true);
      await expect.poll(() => inFlight[killDuring] > 0, { timeout: 30_000, intervals: [5] }).toBe(true);
      // An upload spends most of its time encoding: land inside that, not in the request's first bytes.
      if (killDuring === 'upload') await pause(300 + Math.random() * 700);
      killing = true;
      for (const kind of KILL_DURING) inFlightAtKill[kind] += inFlight[kind];
      expect(await server.signal('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
      await lanes;
    }

    await server.start();
    verify(CYCLES);
    // And the restarted server serves them (the latest: every one is in the database check above).
    for (const [id, title] of [...published].slice(-15)) {
      // The same one retry as the sign-in after a restart: a keep-alive socket to the killed server.
      const url = `${server.base}/news/${id}`;
      const response = await fetch(url).catch(() => fetch(url));
      expect(response.status, `/news/${id}`).toBe(200);
      expect(await response.text()).toContain(title);
    }
    const sweeps = server
      .log(2000)
      .split('\n')
      .filter((line) => line.includes('"event":"media-sweep"')).length;
    console.log(
      `durability: ${CYCLES} kills survived; ${published.size} publishes, ${uploaded.length} uploads and ${merged.length} tag merges acknowledged and present; in flight at the kills: ${inFlightAtKill.publish} publishes, ${inFlightAtKill.upload} uploads, ${inFlightAtKill.merge} merges; media sweeps that removed something (last start): ${sweeps}`,
    );
  } finally {
    await server.dispose();
  }
});
