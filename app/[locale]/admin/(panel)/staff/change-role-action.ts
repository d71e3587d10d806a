'use server';

import { refresh } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { setUserRole, userById, writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { staffChangeRefusal } from '@/lib/auth/staff-rules';
import { roleSchema } from './staff-schema';

/** Gives a staff member another role, effective on their next request; admins only, never on themselves downwards. */
export const changeRoleAction = staffAction('staff.manage', roleSchema, async ({ userId, role }, user) => {
  const [t, tAdmin] = await Promise.all([getTranslations('Staff'), getTranslations('Admin')]);
  const target = userById(userId);
  if (!target) return { status: 'error', message: t('errors.userNotFound') };
  const refusal = staffChangeRefusal(user.id, target, { role });
  if (refusal) return { status: 'error', message: t(`errors.${refusal}`) };
  if (target.role !== role) {
    setUserRole(target.id, role);
    writeAudit(user.id, 'change-role', `user:${target.id}`, { from: target.role, to: role });
    refresh();
  }
  return { status: 'success', message: t('done.roleChanged', { name: target.name, role: tAdmin(`roles.${role}`) }) };
});
