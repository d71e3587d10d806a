'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { redeemLink } from '@/db/queries/invitations';
import { writeAudit } from '@/db/queries/staff';
import type { ActionState } from '@/lib/auth/action';
import { hashPassword, PASSWORD_LENGTH } from '@/lib/auth/password';
import { endSession, startSession } from '@/lib/auth/session';
import { hashToken } from '@/lib/auth/token';
import { setPasswordSchema } from './set-password-schema';

/**
 * Spends a one-time link: sets the password and signs the person in. No
 * session is needed (the link is the credential); the token is 256 random
 * bits, so guessing needs no throttle.
 */
export async function setPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const [t, tStaff] = await Promise.all([getTranslations('AdminErrors'), getTranslations('Staff')]);
  const parsed = setPasswordSchema.safeParse({
    token: formData.get('token') ?? '',
    password: formData.get('password') ?? '',
    confirm: formData.get('confirm') ?? '',
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.message as 'passwordTooShort' | 'passwordMismatch' | 'tooLong';
      fieldErrors[String(issue.path[0])] ??=
        key === 'passwordTooShort' ? t(key, { min: PASSWORD_LENGTH.min }) : t.has(key) ? t(key) : t('invalid');
    }
    return { status: 'error', message: t('checkFields'), fieldErrors };
  }
  // Hashed before the transaction that spends the link: scrypt is slow and must not hold the database.
  const outcome = redeemLink(hashToken(parsed.data.token), await hashPassword(parsed.data.password), Date.now());
  if (outcome.status !== 'valid') return { status: 'error', message: tStaff(`setPassword.${outcome.status}`) };
  writeAudit(outcome.user.id, 'set-password', `user:${outcome.user.id}`, { purpose: outcome.purpose });
  // Whoever was signed in on this browser is signed out first, so their session row does not linger.
  await endSession();
  await startSession(outcome.user.id);
  redirect({ href: '/admin', locale: await getLocale() });
  return { status: 'idle' };
}
