import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seedArticle } from '../db/seed/seed-article';
import { articlePublisher, signIn as signInOverHttp } from '../scripts/support/admin-forms';
import { runToEnd } from '../scripts/support/processes';
import { SideServer } from '../scripts/support/side-server';
import { CSP_REPORT_PATH } from '../lib/security-headers';
import { articleIdByTitle, ensureStaff, openE2eDatabase } from './support/database';
import { signIn } from './support/admin';

test('the health endpoint reports a reachable, migrated database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok', migrations: { current: true } });
  // A path that does not percent-decode is the client's error, under /api too.
  expect((await request.get('/api/%FF')).status()).toBe(400);
});

/** What the health endpoint of a side server answers. */
async function health(server: SideServer) {
  const response = await fetch(`${server.base}/api/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

test('the health endpoint answers 503 while the database is behind on migrations or its check fails, and 200 again once it is not', async () => {
  test.setTimeout(90_000);
  const server = await SideServer.create();
  try {
    await server.start();
    const { expected } = (await health(server)).body.migrations as { expected: number };
    const db = openE2eDatabase(server.databaseFile);
    try {
      // The last migration's record taken away: the server now runs code newer than its database.
      // (Drizzle's id column is no rowid alias and stays null, so the rowid says which record is last.)
      const last = db
        .prepare(
          'delete from __drizzle_migrations where rowid = (select max(rowid) from __drizzle_migrations) returning rowid, hash, created_at',
        )
        .get() as { rowid: number; hash: string; created_at: number };
      expect(await health(server)).toEqual({
        status: 503,
        body: { status: 'degraded', database: 'ok', migrations: { applied: expected - 1, expected, current: false } },
      });
      db.prepare('insert into __drizzle_migrations (rowid, hash, created_at) values (?, ?, ?)').run(
        last.rowid,
        last.hash,
        last.created_at,
      );
      expect((await health(server)).status).toBe(200);
      // The check's own query failing is reported as an unreachable database, not a 500.
      db.exec('alter table __drizzle_migrations rename to migrations_away');
      expect(await health(server)).toEqual({ status: 503, body: { status: 'error', database: 'unreachable' } });
      db.exec('alter table migrations_away rename to __drizzle_migrations');
      expect(await health(server)).toEqual({
        status: 200,
        body: { status: 'ok', database: 'ok', migrations: { applied: expected, expected, current: true } },
      });
    } finally {
      db.close();
    }
  } finally {
    await server.dispose();
  }
});

test("a page that fails to render shows the reader an error page in Arabic and English, not Next's English one", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const server = await SideServer.create();
  try {
    await server.start();
    const db = openE2eDatabase(server.databaseFile);
    try {
      // The stories table gone from under the running server: an article render fails.
      db.exec('alter table articles rename to articles_away');
      // An address no server has rendered: the suite's server may have left /news/1's pages in .next/.
      const response = await page.goto(`${server.base}/news/1/broken-${Date.now()}`);
      expect(response?.status()).toBe(500);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('تعذّر عرض هذه الصفحة');
      await expect(page.getByText('This page could not be shown because of an error on our side.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'إعادة التحميل · Reload' })).toBeVisible();
    } finally {
      db.exec('alter table articles_away rename to articles');
      db.close();
    }
  } finally {
    await server.dispose();
  }
});

test('a backup taken while an editor publishes, restored as the README says, is served with every story it holds', async () => {
  test.setTimeout(180_000);
  const server = await SideServer.create();
  try {
    const { email, password } = await ensureStaff('editor', { databaseFile: server.databaseFile });
    const seed = openE2eDatabase(server.databaseFile);
    const sectionId = seed.prepare('select id from sections order by id limit 1').pluck().get() as number;
    seed.close();
    await server.start();
    const publish = await articlePublisher(server.base, (await signInOverHttp(server.base, email, password)).cookie!);

    // One editor publishing all along; each story notes whether it was sent before, during or after the backup.
    const stories: { id: number; title: string; sent: 'before' | 'during' | 'after' }[] = [];
    let phase: 'before' | 'during' | 'after' | 'stop' = 'before';
    const publishUntilStopped = async () => {
      for (let n = 1; phase !== 'stop'; n++) {
        const sent = phase;
        const title = `خبر نشر حول النسخة الاحتياطية ${n}`;
        stories.push({ id: await publish({ title, sectionId }), title, sent });
      }
    };
    const editor = publishUntilStopped();
    await expect.poll(() => stories.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(5);
    const answeredBefore = stories.length;
    phase = 'during';
    const backups = path.join(server.dir, 'backups');
    await runToEnd(
      'npm run backup',
      'node_modules/.bin/tsx',
      ['db/backup.ts', '--dir', backups],
      { ...process.env, DATABASE_PATH: server.databaseFile },
      path.join(server.dir, 'backup.log'),
    );
    phase = 'after';
    await expect
      .poll(() => stories.filter((story) => story.sent === 'after').length, { timeout: 60_000 })
      .toBeGreaterThanOrEqual(3);
    phase = 'stop';
    await editor;
    const [backup] = fs.readdirSync(backups);
    expect(backup).toMatch(/^portal-[\dT-]+Z\.db$/);

    // README, "Backup and restore": stop, copy over DATABASE_PATH, drop the old -wal and -shm, start through setup.
    expect(await server.signal('SIGTERM')).toEqual({ code: 0, signal: null });
    fs.copyFileSync(path.join(backups, backup), server.databaseFile);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${server.databaseFile}${suffix}`, { force: true });
    // (Step 4's fetch cache: a side server keeps its cache in memory, CACHE_TO_DISK=0.)
    await runToEnd(
      'npm run setup',
      'node_modules/.bin/tsx',
      ['db/setup.ts'],
      { ...process.env, DATABASE_PATH: server.databaseFile },
      path.join(server.dir, 'setup.log'),
    );
    await server.start();

    const restored = openE2eDatabase(server.databaseFile);
    try {
      expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
      // The search index agrees with the stories it indexes (throws if not).
      restored.exec("insert into article_search(article_search) values ('integrity-check')");
    } finally {
      restored.close();
    }
    expect((await health(server)).body).toMatchObject({ status: 'ok', migrations: { current: true } });
    const answer = async (id: number) => {
      const response = await fetch(`${server.base}/news/${id}`);
      return { status: response.status, text: await response.text() };
    };
    for (const story of stories.slice(0, answeredBefore)) {
      const page = await answer(story.id);
      expect(page.status, story.title).toBe(200);
      expect(page.text, story.title).toContain(story.title);
    }
    // Sent once the backup had been written: not in it, so not on the restored site.
    for (const story of stories.filter((story) => story.sent === 'after'))
      expect((await answer(story.id)).status, story.title).toBe(404);
    const count = (sent: string) => stories.filter((story) => story.sent === sent).length;
    console.log(
      `backup and restore: ${count('before')} stories published before the backup, ${count('during')} while it ran, ${count('after')} after; ${answeredBefore} served from the restored copy, the ${count('after')} later ones 404`,
    );
  } finally {
    await server.dispose();
  }
});

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

function expectCommonPolicy(policy: string | undefined, path: string) {
  expect(policy, path).toBeDefined();
  const policyOf = directives(policy!);
  expect(policyOf.get('default-src'), path).toEqual(["'self'"]);
  expect(policyOf.get('object-src'), path).toEqual(["'none'"]);
  expect(policyOf.get('base-uri'), path).toEqual(["'self'"]);
  expect(policyOf.get('form-action'), path).toEqual(["'self'"]);
  expect(policyOf.get('frame-ancestors'), path).toEqual(["'none'"]);
  expect(policyOf.get('script-src-attr'), path).toEqual(["'none'"]);
  return policyOf;
}

test('every response carries security headers and no framework banner', async ({ request }) => {
  for (const path of [
    '/',
    `/news/${articleIdByTitle(seedArticle.title)}`,
    '/admin/sign-in',
    '/rss.xml',
    '/api/health',
    '/no-such-page',
  ]) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by'], path).toBeUndefined();
    expectCommonPolicy(headers['content-security-policy'], path);
  }
});

test('reader pages and feeds stay cacheable under a script policy without nonces', async ({ request }) => {
  for (const path of ['/', '/rss.xml']) {
    const headers = (await request.get(path)).headers();
    const scripts = expectCommonPolicy(headers['content-security-policy'], path).get('script-src');
    expect(scripts, path).toEqual(["'self'", "'unsafe-inline'"]);
    expect(headers['cache-control'], path).toContain('s-maxage');
  }
});

test('admin pages get a fresh nonce per response, strict-dynamic and no-store', async ({ page, request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const response = await request.get('/admin/sign-in');
    const headers = response.headers();
    const scripts = expectCommonPolicy(headers['content-security-policy'], '/admin/sign-in').get('script-src')!;
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    const nonce = scripts.find((source) => source.startsWith("'nonce-"))!.slice(7, -1);
    expect(await response.text()).toContain(`nonce="${nonce}"`);
    nonces.add(nonce);
    expect(headers['cache-control']).toBe('no-store');
  }
  expect(nonces.size).toBe(2);

  await signIn(page, 'editor');
  const editor = await page.goto('/admin/articles/new');
  const headers = await editor!.allHeaders();
  expect(headers['cache-control']).toBe('no-store');
  expect(directives(headers['content-security-policy']).get('script-src')).toContain("'strict-dynamic'");
});

/**
 * Collects what the browser refused or reported under the page's policies, from
 * the console, from violation events and from posts to the report endpoint. This
 * server sends no view the reported strict policy (playwright.config.ts), as 99 %
 * of readers get none: e2e/runtime-headers.spec.ts covers the sampled views.
 */
function watchForViolations(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Refused to|Content Security Policy/i.test(text)) refused.push(`${page.url()}: ${text}`);
  });
  page.on('pageerror', (error) => refused.push(`${page.url()}: ${error.message}`));
  page.on('request', (request) => {
    if (request.url().includes(CSP_REPORT_PATH)) refused.push(`${page.url()}: posted a report`);
  });
  void page.exposeFunction('reportViolation', (text: string) => refused.push(text));
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${location.pathname}: ${event.disposition} ${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  return refused;
}

test('no page breaks its own content security policy, nor reports under the strict one, and their scripts run', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const refused = watchForViolations(page);

  await page.goto('/');
  await page.getByTestId('top-news').getByRole('link', { name: seedArticle.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible();
  await page.getByRole('button', { name: 'انسخ الرابط' }).click();
  await expect(page.getByRole('button', { name: 'تم نسخ الرابط' })).toBeVisible();

  await page.goto('/search?q=الصين');
  await expect(page.getByRole('link', { name: seedArticle.title }).first()).toBeVisible();

  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  const body = page.getByRole('textbox', { name: 'نص الخبر' });
  await body.click();
  await body.pressSequentially('نص يكتبه المحرر في المحرر الغني');
  await page.getByRole('button', { name: 'غامق' }).click();
  await expect(body).toContainText('نص يكتبه المحرر');
  await page.goto(`/admin/articles/${articleIdByTitle(seedArticle.title)}`);
  await expect(page.getByRole('textbox', { name: 'نص الخبر' })).not.toBeEmpty();

  expect(refused).toEqual([]);
});
