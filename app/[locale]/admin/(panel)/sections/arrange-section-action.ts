'use server';

import { getTranslations } from 'next-intl/server';
import { deleteEmptySection, moveSection } from '@/db/queries/sections';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { sectionMoveSchema } from './section-schema';

/** Moves a section in the menu, or deletes it when it holds no story; editors and admins. */
export const arrangeSectionAction = staffAction('section.manage', sectionMoveSchema, async ({ id, move }, user) => {
  const t = await getTranslations('Admin');
  if (move === 'delete') {
    const outcome = deleteEmptySection(id);
    if (outcome !== 'deleted')
      return {
        status: 'error',
        message: t(outcome === 'notEmpty' ? 'sectionsBoard.notEmpty' : 'sectionsBoard.notFound'),
      };
  } else if (!moveSection(id, move)) {
    return { status: 'error', message: t('sectionsBoard.notFound') };
  }
  invalidate({ kind: 'sections' });
  writeAudit(user.id, `section-${move}`, `section:${id}`);
  return { status: 'success', message: t('sectionsBoard.saved') };
});
