'use server';

import { refresh } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { setUserActive, userById, writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { staffChangeRefusal } from '@/lib/auth/staff-rules';
import { activeSchema } from './staff-schema';

/** Deactivates an account (its sessions end at once) or reactivates it; admins only, never on themselves. */
export const setActiveAction = staffAction('staff.manage', activeSchema, async ({ userId, active }, user) => {
  const t = await getTranslations('Staff');
  const target = userById(userId);
  if (!target) return { status: 'error', message: t('errors.userNotFound') };
  const refusal = staffChangeRefusal(user.id, target, { active });
  if (refusal) return { status: 'error', message: t(`errors.${refusal}`) };
  if (target.active !== active) {
    setUserActive(target.id, active);
    writeAudit(user.id, active ? 'reactivate-staff' : 'deactivate-staff', `user:${target.id}`);
    refresh();
  }
  return { status: 'success', message: t(active ? 'done.reactivated' : 'done.deactivated', { name: target.name }) };
});
