import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { databasePath } from '@/db/client';
import type { Locale } from '@/i18n/routing';
import { localePath, SITE_URL } from '../site-url';

// OWASP's "device cookies" (Blocking Brute Force Attacks): a browser that has
// signed in to an account before carries `<userId>.<deviceId>.<HMAC>`, and
// signs in to that account without the delays strangers earn
// (lib/auth/throttle.ts). The HMAC key is 256 random bits in a file beside
// the database, made on first use: every worker on that database shares it,
// and losing it only makes devices strangers again.

const COOKIE = 'portal_device';
const LIFETIME_MS = 180 * 24 * 3_600_000;

export type Device = { userId: number; deviceId: string };

const mac = (secret: Buffer, payload: string) => createHmac('sha256', secret).update(payload).digest();

export function signDevice(device: Device, secret: Buffer): string {
  const payload = `${device.userId}.${device.deviceId}`;
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The device a cookie names, when its signature is ours; undefined for anything else. */
export function verifyDevice(value: string | undefined, secret: Buffer): Device | undefined {
  const match = value?.match(/^(\d{1,15})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/);
  if (!match) return undefined;
  const [, userId, deviceId, signature] = match;
  const expected = mac(secret, `${userId}.${deviceId}`);
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? { userId: Number(userId), deviceId }
    : undefined;
}

const secrets = new Map<string, Buffer>();

/** The HMAC key for the current database; `wx` makes the first of several racing workers the one that writes it. */
export function deviceSecret(file = path.join(path.dirname(databasePath()), 'device-cookie.key')): Buffer {
  const known = secrets.get(file);
  if (known) return known;
  try {
    fs.writeFileSync(/* turbopackIgnore: true */ file, randomBytes(32).toString('base64url'), {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = Buffer.from(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8').trim(), 'base64url');
  if (secret.length < 32) throw new Error(`${file} holds no usable key: delete it and a new one is made`);
  secrets.set(file, secret);
  return secret;
}

/** The device this request's browser says it is, if the signature holds. */
export async function presentedDevice(): Promise<Device | undefined> {
  return verifyDevice((await cookies()).get(COOKIE)?.value, deviceSecret());
}

/** Marks this browser as one `userId` signs in from: a fresh device id each time, sent only to the admin. */
export async function rememberDevice(userId: number, locale: Locale): Promise<void> {
  const value = signDevice({ userId, deviceId: randomBytes(16).toString('base64url') }, deviceSecret());
  (await cookies()).set(COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: SITE_URL.startsWith('https://'),
    path: localePath(locale, '/admin'),
    expires: new Date(Date.now() + LIFETIME_MS),
  });
}
