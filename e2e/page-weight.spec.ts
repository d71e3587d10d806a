import { expect, test, type Page } from '@playwright/test';
import { seedArticle } from '../db/seed/seed-article';
import { SideServer } from '../scripts/support/side-server';
import { openE2eDatabase } from './support/database';

// What a reader's phone downloads, as Lighthouse counts it: bytes on the wire per
// resource type (Chromium's encodedDataLength), with the server's compression.
// Deterministic on the demo data, so the limits are asserted; timings never are.
// Its own server on a fresh demo database, which renders each weighed page afresh:
// the pages must not weigh what earlier specs happened to publish (a related block of
// stories without pictures is lighter), nor the build's prerender of the front page.
let server: SideServer;
test.beforeAll(async () => {
  server = await SideServer.create();
  await server.start();
});
test.afterAll(async () => server?.dispose());
type Weights = { document: number; font: number; script: number; total: number; html: number };

async function weigh(page: Page, path: string): Promise<Weights> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  const weights: Weights = { document: 0, font: 0, script: 0, total: 0, html: 0 };
  session.on('Network.responseReceived', ({ requestId, type }) => types.set(requestId, type));
  session.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const type = types.get(requestId)?.toLowerCase();
    if (type === 'document' || type === 'font' || type === 'script') weights[type] += encodedDataLength;
    weights.total += encodedDataLength;
  });
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  weights.html = (await response!.body()).length;
  await session.detach();
  return weights;
}

test('the seed article sends its Arabic font in at most 70 KB, and no more HTML than before', async ({ page }) => {
  const db = openE2eDatabase(server.databaseFile);
  const id = db.prepare('select id from articles where title = ?').pluck().get(seedArticle.title);
  db.close();
  const shortLink = await fetch(`${server.base}/news/${id}`, { redirect: 'manual' });
  expect(shortLink.status).toBe(308);
  const canonical = new URL(shortLink.headers.get('location')!, server.base);
  await server.renderAfresh(`/ar${canonical.pathname}`);
  const weights = await weigh(page, canonical.href);
  console.log('seed article (bytes):', JSON.stringify(weights));
  expect(weights.font).toBeGreaterThan(0);
  expect(weights.font).toBeLessThanOrEqual(70 * 1024);
  // The baseline issue 14 measured was 109 KB of uncompressed HTML (in Lighthouse's KiB); one
  // link per card and readable link addresses brought it to 91 KiB, which this keeps.
  expect(weights.html).toBeLessThanOrEqual(96 * 1024);
});

test('the front page sends no more HTML than before', async ({ page }) => {
  await server.renderAfresh('/ar');
  const weights = await weigh(page, `${server.base}/`);
  console.log('front page (bytes):', JSON.stringify(weights));
  // The baseline issue 14 measured was 237 KB of uncompressed HTML (in Lighthouse's KiB). Rendered
  // from the fresh demo data (40 pictures, each in the HTML and again in the payload) it is
  // 168 KiB, which this keeps.
  expect(weights.html).toBeLessThanOrEqual(172 * 1024);
});

test('a page carries the masthead once in its HTML and once in its payload, not again for its 404 boundary', async ({
  request,
}) => {
  // Next sends each not-found boundary in every page's payload; one with the site's chrome in it
  // rendered and sent the masthead and footer a second time on every reader page.
  for (const path of ['/', '/section/world']) {
    const html = await (await request.get(`${server.base}${path}`)).text();
    expect(html.split('انتقل إلى المحتوى').length - 1, path).toBe(2);
  }
});
