'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { issuePasswordLink } from '@/db/queries/invitations';
import { userById, writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { newToken } from '@/lib/auth/token';
import { setPasswordUrl } from '@/lib/site-url';
import { passwordLinkSchema } from './staff-schema';

/** A fresh set-password link for an existing account (a reset, or an invitation sent again); admins only. */
export const issuePasswordLinkAction = staffAction('staff.manage', passwordLinkSchema, async ({ userId }, user) => {
  const [t, locale] = await Promise.all([getTranslations('Staff'), getLocale()]);
  const target = userById(userId);
  if (!target) return { status: 'error', message: t('errors.userNotFound') };
  if (!target.active) return { status: 'error', message: t('errors.inactiveUser') };
  const { token, hash } = newToken();
  issuePasswordLink(target.id, user.id, hash, Date.now());
  writeAudit(user.id, 'password-link', `user:${target.id}`);
  return {
    status: 'success',
    message: t('done.linkIssued', { name: target.name }),
    link: setPasswordUrl(locale, token),
  };
});
