'use server';

import { z } from 'zod';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import {
  deleteExpiredSessions,
  forgetSignInAttempt,
  recordSignInFailure,
  signInFailureSummary,
  userByEmail,
  writeAudit,
} from '@/db/queries/staff';
import { generatePassword, hashPassword, verifyPassword } from '@/lib/auth/password';
import { startSession } from '@/lib/auth/session';
import { clientAddress, noticeForwardedFor } from '@/lib/client-address';
import { logEvent } from '@/lib/log';
import {
  DEVICE_FAILURE_LIMIT,
  deviceKey,
  FAILURE_WINDOW_MS,
  throttleKeys,
  waitBeforeAttempt,
} from '@/lib/auth/throttle';
import { presentedDevice, rememberDevice } from '@/lib/auth/device-cookie';
import { publicAction } from '@/lib/auth/action';

const schema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('email').max(200, 'tooLong')),
  password: z.string().min(1, 'required').max(200, 'tooLong'),
});

// Compared against when the account does not exist, so both paths cost the
// same; made with the current cost, so raising the cost keeps them equal.
let noSuchUserHash: Promise<string> | undefined;

/**
 * Signs a staff member in; one generic message for every wrong password. A
 * browser that signed in to the account before is not slowed by strangers'
 * failures (lib/auth/throttle.ts, lib/auth/device-cookie.ts).
 */
export const signInAction = publicAction(schema, async ({ email, password }, values) => {
  const t = await getTranslations('AdminErrors');
  const requestHeaders = await headers();
  noticeForwardedFor(requestHeaders);
  const address = clientAddress(requestHeaders.get('x-forwarded-for'));
  const device = await presentedDevice();
  const locale = await getLocale();
  // From here to the record below nothing awaits, so parallel guesses are counted one by one.
  const now = Date.now();
  const since = now - FAILURE_WINDOW_MS;
  const user = userByEmail(email);
  const trusted =
    user &&
    device?.userId === user.id &&
    signInFailureSummary(deviceKey(device.deviceId), since).count < DEVICE_FAILURE_LIMIT
      ? device
      : undefined;
  const keys = throttleKeys(email, address);
  const wait = trusted
    ? 0
    : waitBeforeAttempt(
        { account: signInFailureSummary(keys.account, since), address: signInFailureSummary(keys.address, since) },
        now,
      );
  if (wait > 0) {
    logEvent('warn', 'sign-in', { outcome: 'slowed', waitMs: wait });
    const slowDown = await getTranslations('SignInGuard');
    return { status: 'error', message: slowDown('wait', { seconds: Math.ceil(wait / 1000) }), values };
  }
  // A trusted device's failures count against that device only, so they cannot slow its owner elsewhere.
  const attempt = recordSignInFailure(trusted ? [deviceKey(trusted.deviceId)] : [keys.account, keys.address], now);
  noSuchUserHash ??= hashPassword(generatePassword());
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await noSuchUserHash));
  if (!user || !user.active || !passwordMatches) {
    logEvent('warn', 'sign-in', { outcome: 'refused', device: trusted ? 'trusted' : undefined });
    return { status: 'error', message: t('badCredentials'), values };
  }
  // A success is not a failure. Earlier failures stand until they age out: a
  // success wiping them would hand a stranger a fresh set of free guesses.
  forgetSignInAttempt(attempt);
  deleteExpiredSessions(Date.now());
  await startSession(user.id);
  await rememberDevice(user.id, locale);
  writeAudit(user.id, 'sign-in', `user:${user.id}`);
  logEvent('info', 'sign-in', { outcome: 'done', userId: user.id, device: trusted ? 'trusted' : 'new' });
  redirect({ href: '/admin', locale });
  return { status: 'idle' };
});
