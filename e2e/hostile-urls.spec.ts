import { expect, test } from '@playwright/test';
import { seedArticle } from '../db/seed/seed-article';
import { HOSTILE_INPUTS, urlForm } from './fixtures/hostile-inputs';
import { articleIdByTitle, sqlValue } from './support/database';
import { expectInert, expectNothingRuns, staffPage } from './support/hostile-pages';

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
