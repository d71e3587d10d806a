import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  delayAfter,
  FIRST_DELAY_MS,
  FREE_FAILURES,
  MAX_DELAY_MS,
  throttleKeys,
  waitBeforeAttempt,
} from '@/lib/auth/throttle';
import { deviceSecret, signDevice, verifyDevice } from '@/lib/auth/device-cookie';
import { isGuessablePassword } from '@/lib/auth/password-strength';
import { configurationWarnings, forgetUntrustedForwardedFor, noticeForwardedFor } from '@/lib/client-address';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sign-in-guard-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sign-in delays', () => {
  it('start after the free failures, double with each further one, and stop growing at the cap', () => {
    expect(delayAfter(FREE_FAILURES.account - 1, FREE_FAILURES.account)).toBe(0);
    expect(delayAfter(FREE_FAILURES.account, FREE_FAILURES.account)).toBe(FIRST_DELAY_MS);
    expect(delayAfter(FREE_FAILURES.account + 2, FREE_FAILURES.account)).toBe(4 * FIRST_DELAY_MS);
    expect(delayAfter(10_000, FREE_FAILURES.account)).toBe(MAX_DELAY_MS);
  });

  it('never refuse for longer than the cap after the latest failure, however many there were', () => {
    const now = 1_000_000_000;
    const none = { count: 0, last: 0 };
    const flood = { count: 100_000, last: now - 1000 };
    expect(waitBeforeAttempt({ account: none, address: none }, now)).toBe(0);
    expect(waitBeforeAttempt({ account: flood, address: none }, now)).toBe(MAX_DELAY_MS - 1000);
    expect(waitBeforeAttempt({ account: none, address: flood }, now)).toBe(MAX_DELAY_MS - 1000);
    expect(waitBeforeAttempt({ account: flood, address: none }, now + MAX_DELAY_MS)).toBe(0);
    expect(
      waitBeforeAttempt({ account: { count: FREE_FAILURES.account, last: now - FIRST_DELAY_MS }, address: none }, now),
    ).toBe(0);
  });

  it('key accounts case-insensitively', () => {
    expect(throttleKeys(' Editor@Example.com ', '10.0.0.1')).toEqual({
      account: 'account:editor@example.com',
      address: 'address:10.0.0.1',
    });
  });
});

describe('device cookies', () => {
  const secret = deviceSecret(path.join(dir, 'device-cookie.key'));
  const device = { userId: 7, deviceId: 'AAAAAAAAAAAAAAAAAAAAAA' };

  it('verify what was signed with the key, and nothing altered or signed with another key', () => {
    const cookie = signDevice(device, secret);
    expect(verifyDevice(cookie, secret)).toEqual(device);
    expect(verifyDevice(cookie.replace(/^7\./, '8.'), secret)).toBeUndefined();
    expect(verifyDevice(signDevice(device, Buffer.alloc(32, 1)), secret)).toBeUndefined();
    expect(verifyDevice(`${cookie}x`, secret)).toBeUndefined();
    expect(verifyDevice(undefined, secret)).toBeUndefined();
  });

  it('share one key per database folder, made once and readable only by the server', () => {
    const file = path.join(dir, 'device-cookie.key');
    expect(deviceSecret(file)).toBe(secret);
    expect(secret.length).toBe(32);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
  });
});

describe('X-Forwarded-For without a trusted proxy', () => {
  // What the proxy saw, then what the app sees once Next has filled in the socket's address again.
  const atApp = (seen: string | null, socket: string, trustedHops = 0) => {
    const headers = new Headers(seen ? { 'x-forwarded-for': seen } : {});
    forgetUntrustedForwardedFor(headers, trustedHops);
    if (trustedHops === 0) headers.set('x-forwarded-for', socket);
    return headers;
  };

  it('is not mistaken for the address Next fills in, nor forged, and is logged once, then reported', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    noticeForwardedFor(atApp('::ffff:127.0.0.1', '::ffff:127.0.0.1'), 0);
    noticeForwardedFor(atApp('203.0.113.9', '::ffff:10.0.0.2', 1), 1);
    const forged = new Headers({ 'x-portal-forwarded-for-seen': '1.2.3.4' });
    forgetUntrustedForwardedFor(forged, 0);
    expect(forged.has('x-portal-forwarded-for-seen')).toBe(false);
    expect(configurationWarnings()).toEqual([]);
    for (let i = 0; i < 3; i++) noticeForwardedFor(atApp('203.0.113.9', '::ffff:10.0.0.2'), 0);
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(['untrusted-forwarded-for']);
    expect(configurationWarnings()).toEqual([expect.stringContaining('TRUST_PROXY')]);
    vi.restoreAllMocks();
  });
});

// The estimator loads its dictionaries on first use: seconds on a busy machine.
describe('password strength', { timeout: 30_000 }, () => {
  it('refuses repeats, common passwords, keyboard walks and the person’s own address', () => {
    for (const weak of ['aaaaaaaaaa', 'password123', 'qwertyuiop', '1234567890', 'P@ssw0rd2024', 'Sunshine1!'])
      expect(isGuessablePassword(weak), weak).toBe(true);
    expect(isGuessablePassword('layla.hassan', ['layla.hassan@newsroom.test', 'Layla Hassan'])).toBe(true);
  });

  it('accepts long phrases of unrelated words and random strings', () => {
    for (const strong of ['correct-horse-battery-staple', 'Rd7#kq2!pLm9xT', 'قهوة نافذة مطر ١٩'])
      expect(isGuessablePassword(strong), strong).toBe(false);
  });

  it('stops setup, creating no admin, when ADMIN_PASSWORD is guessable', () => {
    const databaseFile = path.join(dir, 'setup.db');
    const run = (password: string) => {
      try {
        execFileSync('node_modules/.bin/tsx', ['db/setup.ts'], {
          env: {
            ...process.env,
            DATABASE_PATH: databaseFile,
            ADMIN_EMAIL: 'chief@newsroom.test',
            ADMIN_PASSWORD: password,
          },
          stdio: 'pipe',
        });
        return { code: 0, stderr: '' };
      } catch (error) {
        const failed = error as { status: number; stderr: Buffer };
        return { code: failed.status, stderr: failed.stderr.toString() };
      }
    };
    const refused = run('aaaaaaaaaa');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ADMIN_PASSWORD is too easy to guess');
    expect(refused.stderr).not.toContain('aaaaaaaaaa');
    const count = () => {
      const db = new Database(databaseFile, { readonly: true });
      try {
        return db.prepare('select count(*) from users').pluck().get();
      } finally {
        db.close();
      }
    };
    expect(count()).toBe(0);
    expect(run('correct-horse-battery-staple').code).toBe(0);
    expect(count()).toBe(1);
  }, 60_000);
});
