'use server';

import { z } from 'zod';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import {
  clearSignInFailures,
  deleteExpiredSessions,
  forgetSignInAttempt,
  recentSignInFailures,
  recordSignInFailure,
  userByEmail,
  writeAudit,
} from '@/db/queries/staff';
import { generatePassword, hashPassword, verifyPassword } from '@/lib/auth/password';
import { startSession } from '@/lib/auth/session';
import { clientAddress } from '@/lib/client-address';
import { logEvent } from '@/lib/log';
import { FAILURE_WINDOW_MS, isThrottled, throttleKeys } from '@/lib/auth/throttle';
import { publicAction } from '@/lib/auth/action';

const schema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('email').max(200, 'tooLong')),
  password: z.string().min(1, 'required').max(200, 'tooLong'),
});

// Compared against when the account does not exist, so both paths cost the
// same; made with the current cost, so raising the cost keeps them equal.
let noSuchUserHash: Promise<string> | undefined;

/** Signs a staff member in; one generic message for every failure. */
export const signInAction = publicAction(schema, async ({ email, password }, values) => {
  const t = await getTranslations('AdminErrors');
  const address = clientAddress((await headers()).get('x-forwarded-for'));
  const keys = throttleKeys(email, address);
  const since = Date.now() - FAILURE_WINDOW_MS;
  if (
    isThrottled({
      account: recentSignInFailures(keys.account, since),
      address: recentSignInFailures(keys.address, since),
    })
  ) {
    logEvent('warn', 'sign-in', { outcome: 'throttled' });
    return { status: 'error', message: t('throttled'), values };
  }
  // Counted before the slow check, so parallel guesses cannot all slip under the limit.
  const attempt = recordSignInFailure([keys.account, keys.address], Date.now());
  const user = userByEmail(email);
  noSuchUserHash ??= hashPassword(generatePassword());
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await noSuchUserHash));
  if (!user || !user.active || !passwordMatches) {
    logEvent('warn', 'sign-in', { outcome: 'refused' });
    return { status: 'error', message: t('badCredentials'), values };
  }
  // A success is not a failure: it leaves the address's count as it was, and the account's at zero.
  forgetSignInAttempt(attempt);
  clearSignInFailures(keys.account);
  deleteExpiredSessions(Date.now());
  await startSession(user.id);
  writeAudit(user.id, 'sign-in', `user:${user.id}`);
  logEvent('info', 'sign-in', { outcome: 'done', userId: user.id });
  redirect({ href: '/admin', locale: await getLocale() });
  return { status: 'idle' };
});
