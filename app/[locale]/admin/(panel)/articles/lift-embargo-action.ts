'use server';

import { getTranslations } from 'next-intl/server';
import { liftEmbargo } from '@/db/queries/embargo';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { isoDate } from '@/lib/dates';
import { underEmbargo } from '@/lib/stories/embargo';
import { editableStory } from '@/lib/stories/load';
import { liftEmbargoSchema } from './embargo-schema';

/**
 * Ends an embargo before its time, with the reason on record. The story stays
 * as it is (a schedule keeps its time): publishing it sooner is a save of its own.
 */
export const liftEmbargoAction = staffAction('article.publish', liftEmbargoSchema, async ({ id, reason }, user) => {
  const t = await getTranslations('AdminErrors');
  const found = editableStory(id, user);
  if (typeof found === 'string') return { status: 'error', message: t(found) };
  const { embargoUntil } = found.article;
  if (!underEmbargo(found.article, Date.now()) || embargoUntil === null)
    return { status: 'error', message: t('noEmbargo') };
  liftEmbargo(id);
  writeAudit(user.id, 'lift-embargo', `article:${id}`, { until: isoDate(embargoUntil), reason });
  await invalidate({ kind: 'embargo', id });
  return { status: 'success', message: (await getTranslations('Embargo'))('lifted') };
});
