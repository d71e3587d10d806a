import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { isNextBootstrap } from '../lib/csp-report';
import { freePort } from '../scripts/support/ports';
import { startProcess, stopProcess, waitForHttp } from '../scripts/support/processes';
import { seededDatabase, SideServer } from '../scripts/support/side-server';

// Headers decided when the server runs rather than when it was built, and the
// endpoint the reader's Report-Only policy reports to (on a sample of views:
// here all of them); each on a server of its own, so its settings, its log and
// its rate limits are its own.

test('a server started with an https SITE_URL on a build made for http sends HSTS and upgrade-insecure-requests on every page', async () => {
  test.setTimeout(90_000);
  const { dir, databaseFile } = seededDatabase('portal-https-');
  const port = await freePort();
  const server = startProcess(
    `next start :${port}`,
    'node_modules/.bin/next',
    ['start', '-p', String(port)],
    { ...process.env, DATABASE_PATH: databaseFile, SITE_URL: 'https://news.example', CACHE_TO_DISK: '0' },
    path.join(dir, 'server.log'),
  );
  try {
    await waitForHttp(`http://localhost:${port}/api/health`, server);
    for (const page of ['/', '/en', '/section/world', '/top', '/rss.xml', '/no-such-page', '/admin/sign-in']) {
      const response = await fetch(`http://localhost:${port}${page}`, { redirect: 'manual' });
      await response.arrayBuffer();
      expect(response.headers.get('strict-transport-security'), page).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('content-security-policy'), page).toContain('upgrade-insecure-requests');
    }
  } finally {
    await stopProcess(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const legacyReport = (sample: string) =>
  JSON.stringify({
    'csp-report': {
      'document-uri': 'http://localhost/search?q=private',
      'effective-directive': 'script-src-elem',
      'blocked-uri': 'inline',
      'script-sample': sample,
      disposition: 'report',
    },
  });

test("the CSP report endpoint logs what is not Next's bootstrap, in both report forms, and bounds and rate-limits what it takes", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const server = await SideServer.create({ CSP_REPORT_SAMPLE: '1' });
  try {
    await server.start();
    const post = (type: string, body: BodyInit, headers: Record<string, string> = {}) =>
      fetch(`${server.base}/api/csp-report`, {
        method: 'POST',
        headers: { 'content-type': type, ...headers },
        body,
        duplex: 'half',
      } as RequestInit).then(async (response) => (await response.arrayBuffer(), response.status));

    expect(await post('application/csp-report', legacyReport('alert("csp-e2e-legacy")'))).toBe(204);
    expect(
      await post(
        'application/reports+json',
        JSON.stringify([
          {
            type: 'csp-violation',
            url: 'http://localhost/',
            body: { effectiveDirective: 'script-src-elem', blockedURL: 'inline', sample: 'self.__next_f.push([1,"x' },
          },
          {
            type: 'csp-violation',
            url: 'http://localhost/',
            body: { effectiveDirective: 'script-src-elem', blockedURL: 'https://evil.example/csp-e2e-batch.js?k=1' },
          },
        ]),
      ),
    ).toBe(204);
    expect(await post('text/plain', legacyReport('x'))).toBe(415);
    expect(await post('application/csp-report', 'not json')).toBe(400);
    const large = legacyReport('x'.repeat(70 * 1024));
    expect(await post('application/csp-report', large)).toBe(413);
    // Sent chunked, with no Content-Length to refuse it by.
    const chunked = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(large));
        controller.close();
      },
    });
    expect(await post('application/csp-report', chunked)).toBe(413);

    const log = server.log(400);
    const violations = log.split('\n').filter((line) => line.includes('"csp-violation"'));
    expect(violations.map((line) => JSON.parse(line).level)).toEqual(['warn', 'warn']);
    expect(log).toContain('alert(\\"csp-e2e-legacy\\")');
    expect(log).toContain('https://evil.example/csp-e2e-batch.js');
    expect(log).not.toContain('csp-e2e-batch.js?k=1');
    expect(log).not.toContain('private');
    expect(log).not.toContain('self.__next_f');

    // 4 posts counted so far (the 415 and the declared-too-large 413 are refused before counting).
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push(await post('application/csp-report', legacyReport('self.__next_f')));
    expect(statuses.filter((status) => status === 204)).toHaveLength(26);
    expect(statuses.slice(26)).toEqual([429, 429, 429, 429]);

    // In Chromium, the reader's strict policy refuses nothing but Next's inline bootstrap, and the enforced one nothing.
    await page.addInitScript(() => {
      const seen: { disposition: string; sample: string }[] = [];
      (window as unknown as { violations: typeof seen }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push({ disposition: event.disposition, sample: event.sample }),
      );
    });
    for (const path of ['/', '/section/world', '/search?q=الصين']) {
      await page.goto(`${server.base}${path}`);
      await page.waitForLoadState('load');
      const seen = await page.evaluate(
        () => (window as unknown as { violations: { disposition: string; sample: string }[] }).violations,
      );
      expect(seen.length, path).toBeGreaterThan(0);
      expect(
        seen.filter(
          ({ disposition, sample }) =>
            disposition !== 'report' ||
            !isNextBootstrap({ directive: 'script-src-elem', sample, page: path, blocked: 'inline' }),
        ),
        path,
      ).toEqual([]);
      console.log(`${path}: ${seen.length} inline scripts the strict policy would refuse, all Next's bootstrap`);
    }
  } finally {
    await server.dispose();
  }
});
