'use server';

import { getTranslations } from 'next-intl/server';
import { setEmbargo } from '@/db/queries/embargo';
import { writeAudit } from '@/db/queries/staff';
import { staffAction, type ActionState } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { isoDate } from '@/lib/dates';
import { maySetEmbargo, planEmbargo } from '@/lib/stories/embargo';
import { editableStory } from '@/lib/stories/load';
import { setEmbargoSchema } from './embargo-schema';

/** Holds a story back from readers until a time; anyone who may edit the story may, as it only delays. */
export const setEmbargoAction = staffAction('article.create', setEmbargoSchema, async (input, user, values) => {
  const t = await getTranslations('AdminErrors');
  const found = editableStory(input.id, user);
  if (typeof found === 'string') return { status: 'error', message: t(found) };
  if (!maySetEmbargo(user, found.article)) return { status: 'error', message: t('forbidden') };
  const planned = planEmbargo(input.embargoUntil, found.article, Date.now());
  if ('refusal' in planned) {
    const fieldErrors = { embargoUntil: t(planned.refusal) };
    return { status: 'error', message: t('checkFields'), fieldErrors, values } satisfies ActionState;
  }
  setEmbargo(input.id, planned, user.id);
  writeAudit(user.id, 'set-embargo', `article:${input.id}`, { until: isoDate(planned.embargoUntil) });
  await invalidate({ kind: 'embargo', id: input.id });
  return { status: 'success', message: (await getTranslations('Embargo'))('set') };
});
