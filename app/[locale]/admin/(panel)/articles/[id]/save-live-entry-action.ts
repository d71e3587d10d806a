'use server';

import { getTranslations } from 'next-intl/server';
import { addLiveEntry, imageExists, updateLiveEntry } from '@/db/queries/live';
import { writeAudit } from '@/db/queries/staff';
import { staffAction, type ActionState } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { guardEntry } from '@/lib/live-blog/guard';
import { entryPlainText } from '@/lib/live-blog/text';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { liveEntrySchema } from './live-schema';

/** Posts a new entry to a live blog, or saves an edit of one; whoever may edit the story (see lib/live-blog/rules). */
export const saveLiveEntryAction = staffAction('article.create', liveEntrySchema, async (input, user, values) => {
  const [t, tLive] = await Promise.all([getTranslations('AdminErrors'), getTranslations('Admin.live')]);
  const fail = (fieldErrors?: Record<string, string>, message = t('checkFields')): ActionState => ({
    status: 'error',
    message,
    fieldErrors,
    values,
  });
  const guard = guardEntry(input.articleId, input.id, user);
  if (!guard.ok) return fail(undefined, t(guard.refusal));
  const { entry } = guard;
  if (entry && entry.updatedAt !== input.updatedAt) return fail(undefined, t('entryChanged'));
  const body = sanitizeArticleHtml(input.body);
  if (!entryPlainText(body) && !input.imageId) return fail({ body: t('required') });
  if (input.imageId && !imageExists(input.imageId)) return fail({ imageId: t('unknownImage') });

  const write = {
    body,
    imageId: input.imageId ?? null,
    imageCaption: input.imageCaption || null,
    isKeyEvent: input.isKeyEvent,
  };
  const now = Date.now();
  const entryId = entry
    ? (updateLiveEntry(entry, write, now), entry.id)
    : addLiveEntry(input.articleId, user.id, write, now);
  await invalidate({ kind: 'live', articleId: input.articleId });
  writeAudit(user.id, entry ? 'live-entry-edit' : 'live-entry-add', `article:${input.articleId}`, { entry: entryId });
  return { status: 'success', message: tLive(entry ? 'saved' : 'added') };
});
