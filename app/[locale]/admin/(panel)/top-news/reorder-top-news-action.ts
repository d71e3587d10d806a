'use server';

import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { reorderTopStories } from '@/db/queries/curation';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { routing } from '@/i18n/routing';

const schema = z.object({
  language: z.enum(routing.locales),
  /** The board's whole new order, top first: story ids separated by commas. */
  order: z
    .string()
    .regex(/^\d{1,10}(,\d{1,10}){0,199}$/, 'invalid')
    .transform((value) => value.split(',').map(Number)),
});

/** Saves a new order of one edition's «أهم الأخبار» slots, as the sortable board sends it after a drop; editors and admins. */
export const reorderTopNewsAction = staffAction('curation.manage', schema, async ({ language, order }, user) => {
  const t = await getTranslations('TopOrder');
  if (!reorderTopStories(language, order)) return { status: 'error', message: t('stale') };
  await invalidate({ kind: 'topNews', move: 'reorder' });
  writeAudit(user.id, 'top-news-reorder', `top-news:${language}`, { order });
  return { status: 'success', message: (await getTranslations('Admin'))('topBoard.saved') };
});
