import { expect, test } from '@playwright/test';

test('the health endpoint reports a reachable, migrated database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok', migrations: { current: true } });
});

test('responses carry security headers and no framework banner', async ({ request }) => {
  for (const path of ['/', '/admin/sign-in', '/rss.xml', '/no-such-page']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
  expect((await request.get('/admin/sign-in')).headers()['cache-control']).toContain('no-store');
});
