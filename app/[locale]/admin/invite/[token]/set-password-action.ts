'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { linkState, redeemLink } from '@/db/queries/invitations';
import { writeAudit } from '@/db/queries/staff';
import { publicAction } from '@/lib/auth/action';
import { hashPassword } from '@/lib/auth/password';
import { isGuessablePassword } from '@/lib/auth/password-strength';
import { endSession, startSession } from '@/lib/auth/session';
import { hashToken } from '@/lib/auth/token';
import { setPasswordSchema } from './set-password-schema';

/**
 * Spends a one-time link: sets the password and signs the person in. No
 * session is needed (the link is the credential); the token is 256 random
 * bits, so guessing needs no throttle. A common or guessable password (the
 * person's own name or address included) is refused before the link is spent.
 */
export const setPasswordAction = publicAction(setPasswordSchema, async ({ token, password }) => {
  const t = await getTranslations('Staff.setPassword');
  const link = linkState(hashToken(token), Date.now());
  if (link.status === 'valid' && isGuessablePassword(password, [link.user.email, link.user.name])) {
    const errors = await getTranslations('AdminErrors');
    const guard = await getTranslations('SignInGuard');
    return { status: 'error', message: errors('checkFields'), fieldErrors: { password: guard('weakPassword') } };
  }
  // Hashed before the transaction that spends the link: scrypt is slow and must not hold the database.
  const outcome = redeemLink(hashToken(token), await hashPassword(password), Date.now());
  if (outcome.status !== 'valid') return { status: 'error', message: t(outcome.status) };
  writeAudit(outcome.user.id, 'set-password', `user:${outcome.user.id}`, { purpose: outcome.purpose });
  // Whoever was signed in on this browser is signed out first, so their session row does not linger.
  await endSession();
  await startSession(outcome.user.id);
  redirect({ href: '/admin', locale: await getLocale() });
  return { status: 'idle' };
});
