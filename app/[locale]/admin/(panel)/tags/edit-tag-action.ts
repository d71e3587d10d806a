'use server';

import { getTranslations } from 'next-intl/server';
import { deleteTag, renameTag } from '@/db/queries/tags';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { tagEditSchema } from './tag-schema';

const AUDIT_NAMES = { renamed: 'rename-tag', merged: 'merge-tag', deleted: 'delete-tag' } as const;

/** Renames a tag (merging it into a tag of that name) or deletes it; editors and admins. */
export const editTagAction = staffAction('tag.manage', tagEditSchema, async ({ id, intent, name }, user, values) => {
  const t = await getTranslations('Admin.tagsBoard');
  const change = intent === 'delete' ? deleteTag(id) : renameTag(id, name);
  if (change === 'notFound') return { status: 'error', message: t('notFound') };
  if (change === 'badName')
    return { status: 'error', message: t('badName'), fieldErrors: { name: t('badName') }, values };
  invalidate({ kind: 'tag', tagSlugs: change.tagSlugs, articleIds: change.articleIds });
  writeAudit(
    user.id,
    AUDIT_NAMES[change.outcome],
    `tag:${change.name}`,
    intent === 'rename' ? { to: name } : undefined,
  );
  return {
    status: 'success',
    message: t(change.outcome, {
      name: change.name,
      to: name,
      count: change.articleIds.length,
      n: String(change.articleIds.length),
    }),
  };
});
