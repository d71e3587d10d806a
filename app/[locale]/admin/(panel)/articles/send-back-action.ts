'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { releaseLock } from '@/db/queries/locks';
import { sendBackStory } from '@/db/queries/review';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { editableStory } from '@/lib/stories/load';
import { maySendBack } from '@/lib/stories/review';
import { sendBackSchema } from './review-schema';

/**
 * Sends a story in review back to its writer as a draft, with a note; editors
 * and admins. A story in review or a draft is on no reader page, so no cache
 * changes. The editor is done with it: their lock goes (the writer opens it
 * free, not held for another minute and a half) and they are taken back to
 * the stories waiting for review.
 */
export const sendBackAction = staffAction('article.sendBack', sendBackSchema, async (input, user, values) => {
  const t = await getTranslations('AdminErrors');
  const found = editableStory(input.id, user);
  if (typeof found === 'string') return { status: 'error', message: t(found) };
  if (!maySendBack(user, found.article) || !sendBackStory(input.id, input.note, user.id, Date.now())) {
    // Someone resubmitted, published or sent it back meanwhile: keep the note for another try.
    return { status: 'error', message: t('notInReview'), values };
  }
  releaseLock(input.id, user.id);
  writeAudit(user.id, 'send-back', `article:${input.id}`, { note: input.note });
  redirect({ href: { pathname: '/admin', query: { status: 'review' } }, locale: await getLocale() });
  return { status: 'idle' };
});
