'use server';

import { getTranslations } from 'next-intl/server';
import { createSection, renameSection, sectionSlugTaken } from '@/db/queries/sections';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { sectionSchema } from './section-schema';

/** Creates a section, or renames one in both languages; editors and admins. */
export const saveSectionAction = staffAction('section.manage', sectionSchema, async (input, user, values) => {
  const [t, tErrors] = await Promise.all([getTranslations('Admin'), getTranslations('AdminErrors')]);
  if (input.id) {
    if (!renameSection(input.id, { nameAr: input.nameAr, nameEn: input.nameEn }))
      return { status: 'error', message: t('sectionsBoard.notFound') };
  } else {
    if (!input.slug)
      return { status: 'error', message: tErrors('checkFields'), fieldErrors: { slug: tErrors('required') }, values };
    if (sectionSlugTaken(input.slug))
      return { status: 'error', message: tErrors('checkFields'), fieldErrors: { slug: tErrors('slugTaken') }, values };
    createSection({ slug: input.slug, nameAr: input.nameAr, nameEn: input.nameEn });
  }
  await invalidate({ kind: 'sections' });
  writeAudit(user.id, input.id ? 'rename-section' : 'create-section', `section:${input.id ?? input.slug}`);
  return { status: 'success', message: t('sectionsBoard.saved') };
});
