import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientAddress, forgetUntrustedForwardedFor } from '@/lib/client-address';
import { logEvent } from '@/lib/log';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('client address', () => {
  it('without a trusted proxy, drops what the client claims and uses the address Next writes', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9' });
    forgetUntrustedForwardedFor(headers);
    expect(headers.has('x-forwarded-for')).toBe(false);
    expect(clientAddress('::ffff:127.0.0.1')).toBe('::ffff:127.0.0.1');
  });

  it('behind trusted proxies, takes the entry the nearest of them cannot have been told by the client', () => {
    // TRUST_PROXY=1, then 2 (lib/env reads it once, at start-up).
    const headers = new Headers({ 'x-forwarded-for': 'forged, 198.51.100.7' });
    forgetUntrustedForwardedFor(headers, 1);
    expect(clientAddress(headers.get('x-forwarded-for'), 1)).toBe('198.51.100.7');
    expect(clientAddress('forged, 198.51.100.7, 10.0.0.2', 2)).toBe('198.51.100.7');
  });
});

describe('structured log', () => {
  it('writes one JSON line per event and drops fields that could hold secrets or personal data', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    logEvent('info', 'sign-in', {
      outcome: 'done',
      userId: 3,
      password: 'p',
      sessionToken: 't',
      email: 'a@b.c',
      clientAddress: '1.2.3.4',
      cookie: 'c',
    });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toEqual({
      time: expect.any(String),
      level: 'info',
      event: 'sign-in',
      outcome: 'done',
      userId: 3,
    });
  });
});
