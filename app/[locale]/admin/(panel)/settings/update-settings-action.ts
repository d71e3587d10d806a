'use server';

import { updateTag } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { updateSiteSettings } from '@/db/queries/site';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { cacheTags } from '@/lib/cache/tags';
import { mastheadSchema } from './masthead-schema';

/** The masthead every page shows: admins only. */
export const updateSettingsAction = staffAction('settings.manage', mastheadSchema, async (input, user) => {
  updateSiteSettings(input);
  updateTag(cacheTags.settings);
  writeAudit(user.id, 'update-settings', 'settings');
  const t = await getTranslations('Admin');
  return { status: 'success', message: t('settings.saved') };
});
