import { expect, test } from '@playwright/test';
import { seedArticle } from '../db/seed/seed-article';
import { HOSTILE_INPUTS, urlForm } from './fixtures/hostile-inputs';
import { articleIdByTitle, sqlValue } from './support/database';
import { expectInert, expectNothingRuns, rawGet, staffPage } from './support/hostile-pages';

// Every hostile input as every public URL parameter and path segment, and as
// every parameter of the admin lists and the tags board: never a 500, and
// what the page echoes is inert.

test('every public parameter and path segment answers 200/30x/404 (400 for undecodable URLs), never 500, and stays inert', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const seedId = articleIdByTitle(seedArticle.title);
  const tag = encodeURIComponent('الصين');
  const targets: [string, (value: string) => string][] = [
    ['search q', (value) => `/search?q=${value}`],
    ['search section', (value) => `/search?q=${tag}&section=${value}`],
    ['search sort', (value) => `/search?q=${tag}&sort=${value}`],
    ['search page', (value) => `/search?q=${tag}&page=${value}`],
    ['search dates', (value) => `/search?q=${tag}&from=${value}&to=${value}`],
    ['English search', (value) => `/en/search?q=${value}`],
    ['article slug', (value) => `/news/${seedId}/${value}`],
    ['article id', (value) => `/news/${value}/x`],
    ['section', (value) => `/section/${value}`],
    ['English section', (value) => `/en/section/${value}`],
    // Listings paginate by path; the old ?page= answers 308 to it.
    ['section page', (value) => `/section/world/page/${value}`],
    ['section ?page', (value) => `/section/world?page=${value}`],
    ['tag', (value) => `/tag/${value}`],
    ['tag page', (value) => `/tag/${tag}/page/${value}`],
    ['tag ?page', (value) => `/tag/${tag}?page=${value}`],
    ['author', (value) => `/author/${value}`],
    ['author page', (value) => `/author/newsroom/page/${value}`],
    ['author ?page', (value) => `/author/newsroom?page=${value}`],
    ['section feed', (value) => `/section/${value}/rss.xml`],
    ['sitemap file', (value) => `/sitemaps/${value}`],
    ['media file', (value) => `/media/${value}`],
    ['set-password link', (value) => `/admin/invite/${value}`],
    ['any path', (value) => `/${value}`],
  ];
  // Next reads a malformed query leniently; only a path that does not decode is a bad request.
  const inPath = (url: (value: string) => string) => url('VALUE').split('?')[0].includes('VALUE');
  const checks = targets.flatMap(([target, url]) =>
    HOSTILE_INPUTS.map((input) => ({ target, input, path: url(urlForm(input)), inPath: inPath(url) })),
  );
  // A few at a time: bounded, and each answer is checked on its own.
  for (let start = 0; start < checks.length; start += 8) {
    await Promise.all(
      checks.slice(start, start + 8).map(async ({ target, input, path, inPath }) => {
        const response = await request.get(path, { maxRedirects: 0 });
        const allowed = input.malformedUrl && inPath ? [400] : [200, 301, 308, 404];
        expect(allowed, `${target} ← ${input.name}: ${response.status()}`).toContain(response.status());
        if ((response.headers()['content-type'] ?? '').includes('text/html'))
          expectInert(await response.text(), input, `${target} ← ${input.name}`, false);
      }),
    );
  }
  console.log(
    `public URLs: ${HOSTILE_INPUTS.length} inputs × ${targets.length} parameters and path segments = ${checks.length} requests`,
  );
});

test('every admin list and tags board parameter answers 200 (404 for a bad tags page), never 500, and stays inert', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await staffPage(browser, 'admin');
  const authorId = sqlValue<number>('select id from authors order by id limit 1');
  const targets: [string, (value: string) => string, number][] = [
    ['list q', (value) => `/admin?q=${value}`, 200],
    ['list status', (value) => `/admin?status=${value}`, 200],
    ['list section', (value) => `/admin?section=${value}`, 200],
    ['list author', (value) => `/admin?author=${value}`, 200],
    // A malformed page number falls back to the first page here.
    ['list page', (value) => `/admin?page=${value}`, 200],
    [
      'deleted stories of an author, q',
      (value) => `/admin?status=deleted&author=${authorId}&q=${value}&page=${value}`,
      200,
    ],
    ['tags q', (value) => `/admin/tags?q=${value}`, 200],
    ['tags page', (value) => `/admin/tags?q=a&page=${value}`, 404],
  ];
  const checks = targets.flatMap(([target, url, status]) =>
    HOSTILE_INPUTS.map((input) => ({ target, input, path: url(urlForm(input)), status })),
  );
  for (let start = 0; start < checks.length; start += 6) {
    await Promise.all(
      checks.slice(start, start + 6).map(async ({ target, input, path, status }) => {
        const response = await page.request.get(path, { maxRedirects: 0 });
        expect(response.status(), `${target} ← ${input.name}`).toBe(status);
        expectInert(await response.text(), input, `${target} ← ${input.name}`, false);
      }),
    );
  }
  // The search boxes echo what was asked: loaded in the browser, nothing runs.
  const echoed = HOSTILE_INPUTS.filter((input) =>
    ['script tag', 'img onerror', 'attribute breakout'].includes(input.name),
  );
  for (const input of echoed)
    for (const path of [`/admin?q=${urlForm(input)}`, `/admin/tags?q=${urlForm(input)}`])
      await expectNothingRuns(page, path);
  console.log(
    `admin GET parameters: ${HOSTILE_INPUTS.length} inputs × ${targets.length} parameters = ${checks.length} requests, ${echoed.length * 2} loaded in the browser`,
  );
});

test('an admin page has the admin policy (nonce, no-store) under every spelling of its path', async ({ browser }) => {
  const page = await staffPage(browser, 'admin');
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  // Spellings Next routes to the staff page (200), redirects to it (30x) or to nothing (404).
  const spellings: [string, number[]][] = [
    ['/admin/staff', [200]],
    ['/%61dmin/staff', [200]],
    ['/adm%69n/staff', [200]],
    ['/admin/%73taff', [200]],
    ['/en/%61dmin/staff', [200]],
    ['/%65n/%61dmin/staff', [200, 404]],
    ['/ar/%61dmin/staff', [307, 308]],
    ['/%2561dmin/staff', [404]],
    ['/%41DMIN/staff', [404]],
    ['/ADMIN/staff', [404]],
    ['//admin/staff', [308]],
    ['/./admin/staff', [200]],
    ['/%2e/admin/staff', [200]],
    ['/x/../admin/staff', [200]],
    ['/ar%2Fadmin/staff', [404]],
    ['/admin/staff/', [308]],
    ['/admin/articles/1.png', [404]],
  ];
  const seen: Record<string, number> = {};
  for (const [path, statuses] of spellings) {
    const response = await rawGet(path, { cookie });
    seen[path] = response.status;
    expect(statuses, `${path}: ${response.status}`).toContain(response.status);
    if (response.status !== 200) continue;
    expect(response.body, path).toContain('/admin/staff');
    const policy = String(response.headers['content-security-policy']);
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
    expect(response.headers['cache-control'], path).toBe('no-store');
    expect(response.headers['content-security-policy-report-only'], path).toBeUndefined();
  }
  console.log(`admin path spellings: ${JSON.stringify(seen)}`);
});

test('no response repeats a forged Host or X-Forwarded-Host', async () => {
  const seedId = articleIdByTitle(seedArticle.title);
  const paths = [
    '/',
    '/en',
    `/news/${seedId}`,
    `/news/${seedId}/x`,
    '/section/world',
    '/section/world?page=2',
    '/top',
    '/rss.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/search?q=x',
    '/admin',
    '/admin/sign-in',
    '/no-such-page',
  ];
  const forged: Record<string, string>[] = [
    { host: 'attacker.test' },
    { 'x-forwarded-host': 'attacker.test' },
    { 'x-forwarded-host': 'attacker.test', 'x-forwarded-proto': 'https' },
  ];
  for (const path of paths)
    for (const headers of forged) {
      const response = await rawGet(path, headers);
      const where = `${path} with ${JSON.stringify(headers)}: ${response.status}`;
      expect(JSON.stringify(response.headers), where).not.toContain('attacker.test');
      expect(response.body, where).not.toContain('attacker.test');
    }
  console.log(`forged hosts: ${paths.length} paths × ${forged.length} header sets`);
});
