'use server';

import { getTranslations } from 'next-intl/server';
import { setLiveBlogEnded, startLiveBlog } from '@/db/queries/live';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { guardBlog } from '@/lib/live-blog/guard';
import { liveBlogSchema } from './live-schema';

const OUTCOMES = {
  start: { audit: 'live-start', message: 'started' },
  end: { audit: 'live-end', message: 'ended' },
  reopen: { audit: 'live-reopen', message: 'reopened' },
} as const;

/** Makes a story a live blog, ends its coverage («إنهاء التغطية») or reopens it; editors and admins. */
export const runLiveBlogAction = staffAction('article.create', liveBlogSchema, async ({ articleId, intent }, user) => {
  const [t, tLive] = await Promise.all([getTranslations('AdminErrors'), getTranslations('Admin.live')]);
  const guard = guardBlog(articleId, user);
  if (!guard.ok) return { status: 'error', message: t(guard.refusal) };
  // Each intent applies to one state: a second click from a stale page changes nothing.
  const applies =
    intent === 'start' ? !guard.blog : intent === 'end' ? guard.blog?.endedAt === null : guard.blog?.endedAt != null;
  if (!applies) return { status: 'error', message: t(guard.blog ? 'invalid' : 'notLive') };
  const now = Date.now();
  if (intent === 'start') startLiveBlog(articleId, now);
  else setLiveBlogEnded(articleId, intent === 'end' ? now : null);
  await invalidate({ kind: 'live', articleId });
  writeAudit(user.id, OUTCOMES[intent].audit, `article:${articleId}`);
  return { status: 'success', message: tLive(OUTCOMES[intent].message) };
});
