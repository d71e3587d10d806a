'use server';

import { getTranslations } from 'next-intl/server';
import { pinLiveEntry, updateLiveEntry } from '@/db/queries/live';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { guardEntry } from '@/lib/live-blog/guard';
import { mayRunBlog } from '@/lib/live-blog/rules';
import { liveEntryChangeSchema } from './live-schema';

const AUDIT_NAMES = {
  pin: 'live-entry-pin',
  unpin: 'live-entry-unpin',
  key: 'live-entry-key',
  unkey: 'live-entry-unkey',
  delete: 'live-entry-delete',
} as const;

/** Pins or unpins an entry (editors), marks it a key event or not, or deletes it (its author, or an editor). */
export const changeLiveEntryAction = staffAction('article.create', liveEntryChangeSchema, async (input, user) => {
  const [t, tLive] = await Promise.all([getTranslations('AdminErrors'), getTranslations('Admin.live')]);
  const guard = guardEntry(input.articleId, input.id, user);
  if (!guard.ok) return { status: 'error', message: t(guard.refusal) };
  const { story, entry } = guard;
  const now = Date.now();
  if (input.intent === 'pin' || input.intent === 'unpin') {
    const refusal = mayRunBlog(user, story);
    if (refusal) return { status: 'error', message: t(refusal) };
    pinLiveEntry(entry!, input.intent === 'pin', now);
  } else if (input.intent === 'delete') updateLiveEntry(entry!, { deletedAt: now, isPinned: false }, now);
  else updateLiveEntry(entry!, { isKeyEvent: input.intent === 'key' }, now);
  await invalidate({ kind: 'live', articleId: input.articleId });
  writeAudit(user.id, AUDIT_NAMES[input.intent], `article:${input.articleId}`, { entry: input.id });
  return { status: 'success', message: tLive(input.intent === 'delete' ? 'deleted' : 'changed') };
});
