import { describe, expect, it } from 'vitest';
import { articlePath, readablePath, tagPath } from '@/lib/site-url';

describe('readablePath', () => {
  it('writes an Arabic slug as letters, which a browser encodes back to the same request', () => {
    const path = articlePath({ id: 7, slug: 'القمة-الصينية-2026' });
    expect(readablePath(path)).toBe('/news/7/القمة-الصينية-2026');
    expect(new URL(readablePath(path), 'https://example.com').pathname).toBe(path);
    expect(Buffer.byteLength(readablePath(path))).toBeLessThan(Buffer.byteLength(path) / 2);
  });

  it('leaves ASCII escapes encoded, so a path cannot come to mean another', () => {
    expect(readablePath('/tag/%D9%85%D8%B5%D8%B1%2F..%2Fadmin%3Fx%3D1%25')).toBe('/tag/مصر%2F..%2Fadmin%3Fx%3D1%25');
    expect(readablePath(tagPath('a b#c'))).toBe('/tag/a%20b%23c');
  });

  it('leaves bytes that are not UTF-8 as they were', () => {
    expect(readablePath('/news/1/%D8%D8-%C3%A9')).toBe('/news/1/%D8%D8-é');
  });
});
