'use server';

import { refresh } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { emailTaken, inviteStaff } from '@/db/queries/invitations';
import { allAuthors } from '@/db/queries/site';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { newToken } from '@/lib/auth/token';
import { setPasswordUrl } from '@/lib/site-url';
import { inviteSchema } from './staff-schema';

/** Creates an account with no password and returns its one-time set-password link, shown once; admins only. */
export const inviteStaffAction = staffAction('staff.manage', inviteSchema, async (input, user, values) => {
  const [t, tErrors, locale] = await Promise.all([
    getTranslations('Staff'),
    getTranslations('AdminErrors'),
    getLocale(),
  ]);
  const fail = (field: string, message: string) => ({
    status: 'error' as const,
    message: tErrors('checkFields'),
    fieldErrors: { [field]: message },
    values,
  });
  if (input.authorId && !allAuthors().some((author) => author.id === input.authorId))
    return fail('authorId', t('errors.unknownByline'));
  // Checked and inserted with no await between: nothing else runs on this connection in the meantime.
  if (emailTaken(input.email)) return fail('email', t('errors.emailTaken'));
  const { token, hash } = newToken();
  const id = inviteStaff(
    { name: input.name, email: input.email, role: input.role, authorId: input.authorId ?? null },
    user.id,
    hash,
    Date.now(),
  );
  writeAudit(user.id, 'invite-staff', `user:${id}`, { role: input.role });
  refresh();
  return { status: 'success', message: t('done.invited', { name: input.name }), link: setPasswordUrl(locale, token) };
});
