'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { sendBackStory } from '@/db/queries/review';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { editableStory } from '@/lib/stories/load';
import { maySendBack } from '@/lib/stories/review';
import { sendBackSchema } from './review-schema';

/**
 * Sends a story in review back to its writer as a draft, with a note; editors
 * and admins. A story in review or a draft is on no reader page, so no cache
 * changes.
 */
export const sendBackAction = staffAction('article.sendBack', sendBackSchema, async (input, user, values) => {
  const t = await getTranslations('AdminErrors');
  const found = editableStory(input.id, user);
  if (typeof found === 'string') return { status: 'error', message: t(found) };
  if (!maySendBack(user, found.article) || !sendBackStory(input.id, input.note, user.id, Date.now())) {
    // Someone resubmitted, published or sent it back meanwhile: keep the note for another try.
    return { status: 'error', message: t('notInReview'), values };
  }
  writeAudit(user.id, 'send-back', `article:${input.id}`, { note: input.note });
  redirect({ href: `/admin/articles/${input.id}`, locale: await getLocale() });
  return { status: 'idle' };
});
