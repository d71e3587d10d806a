import 'server-only';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { deleteSession, insertSession, sessionUser } from '@/db/queries/staff';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SITE_URL } from '../site-url';
import { can, type Permission } from './permissions';
import { hashToken, newToken } from './token';

const COOKIE = 'portal_session';
export const SESSION_LIFETIME_MS = 12 * 3_600_000;

export async function startSession(userId: number): Promise<void> {
  const { token, hash } = newToken();
  const expiresAt = Date.now() + SESSION_LIFETIME_MS;
  insertSession(hash, userId, expiresAt);
  (await cookies()).set(COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    // Secure wherever the site is served over HTTPS (production), not on a plain-HTTP test server.
    secure: SITE_URL.startsWith('https://'),
    path: '/',
    expires: new Date(expiresAt),
  });
}

/** The signed-in staff member, checked against the database on every call (sessions are revocable). */
export const currentUser = cache(async () => {
  const token = (await cookies()).get(COOKIE)?.value;
  return token ? sessionUser(hashToken(token), Date.now()) : undefined;
});

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(COOKIE)?.value;
  if (token) deleteSession(hashToken(token));
  jar.delete(COOKIE);
}

/**
 * For admin pages and layouts: the signed-in staff member, allowed `permission`
 * when one is named. Signed out: off to the sign-in page; not allowed: a 404,
 * so a page says nothing of what it would hold.
 */
export async function requireStaff(locale: Locale, permission?: Permission) {
  const user = await currentUser();
  if (!user) return redirect({ href: '/admin/sign-in', locale });
  if (permission && !can(user.role, permission)) notFound();
  return user;
}
