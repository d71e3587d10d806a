'use server';

import { getTranslations } from 'next-intl/server';
import { updateSiteSettings } from '@/db/queries/site';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { mastheadSchema } from './masthead-schema';

/** The masthead every page shows: admins only. */
export const updateSettingsAction = staffAction('settings.manage', mastheadSchema, async (input, user) => {
  updateSiteSettings(input);
  invalidate({ kind: 'settings' });
  writeAudit(user.id, 'update-settings', 'settings');
  const t = await getTranslations('Admin');
  return { status: 'success', message: t('settings.saved') };
});
