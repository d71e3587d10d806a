'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { unknownReferences } from '@/db/queries/articles';
import { saveArticle } from '@/db/queries/editorial';
import { bylinesToRestore } from '@/db/queries/bylines';
import { lockHolder } from '@/db/queries/locks';
import { revisionContent } from '@/db/queries/revisions';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { editableStory } from '@/lib/stories/load';
import { canRestoreRevision } from '@/lib/stories/workflow';
import { restoreRevisionSchema } from './editing-schema';

/**
 * Brings back the words and pictures of an earlier version as a new version:
 * the history keeps every step, including the one being undone. The story's
 * status, schedule and curation stay as they are now.
 */
export const restoreRevisionAction = staffAction(
  'article.create',
  restoreRevisionSchema,
  async ({ id, version, revisionId }, user) => {
    const t = await getTranslations('AdminErrors');
    const found = editableStory(id, user);
    if (typeof found === 'string') return { status: 'error', message: t(found) };
    if (!canRestoreRevision(found.article)) return { status: 'error', message: t('forbidden') };
    const holder = lockHolder(id, Date.now());
    if (holder && holder.userId !== user.id) return { status: 'error', message: t('lockedBy', { who: holder.name }) };
    const content = revisionContent(id, revisionId);
    if (!content) return { status: 'error', message: t('notFound') };
    const {
      id: _id,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      version: _version,
      createdBy: _createdBy,
      updatedBy: _updatedBy,
      ...current
    } = found.article;
    // A section, byline or picture deleted since that version was saved: the story keeps the one it has now.
    for (const field of unknownReferences(content)) delete content[field];
    const authorIds = bylinesToRestore(content, found.bylines);
    const result = saveArticle({ ...current, ...content, authorId: authorIds[0] ?? null, authorIds }, user.id, {
      id,
      version,
    });
    if (!result.ok)
      return {
        status: 'error',
        message: t(
          result.reason === 'conflict' ? 'restoreConflict' : result.reason === 'slugTaken' ? 'slugTaken' : 'notFound',
        ),
      };
    await invalidate({ kind: 'story', ...result });
    writeAudit(user.id, 'restore', `article:${id}`, { revisionId });
    redirect({ href: `/admin/articles/${id}?done=restore`, locale: await getLocale() });
    return { status: 'idle' };
  },
);
