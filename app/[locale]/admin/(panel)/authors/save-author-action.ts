'use server';

import { getTranslations } from 'next-intl/server';
import { saveAuthor } from '@/db/queries/authors';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { authorSchema } from './author-schema';

/** Edits a writer's name, bio, photo, kind and links, or adds a writer; editors and admins. */
export const saveAuthorAction = staffAction('author.manage', authorSchema, async (input, user, values) => {
  const [t, tErrors] = await Promise.all([getTranslations('Admin.authorsBoard'), getTranslations('AdminErrors')]);
  const fields = {
    name: input.name,
    nameEn: input.nameEn || null,
    bio: input.bio || null,
    photoId: input.photoId ?? null,
    kind: input.kind,
    websiteUrl: input.websiteUrl,
    xUrl: input.xUrl,
    facebookUrl: input.facebookUrl,
    linkedinUrl: input.linkedinUrl,
  };
  const saved = saveAuthor(input.id, fields);
  const refuse = (field: string, message: string) => ({
    status: 'error' as const,
    message: tErrors('checkFields'),
    fieldErrors: { [field]: message },
    values,
  });
  switch (saved.outcome) {
    case 'notFound':
      return { status: 'error', message: t('notFound') };
    case 'unknownPhoto':
      return refuse('photoId', t('unknownPhoto'));
    case 'slugTaken':
      return refuse(input.nameEn ? 'nameEn' : 'name', t('nameTaken'));
  }
  await invalidate({ kind: 'author', slug: saved.slug, articleIds: saved.articleIds });
  writeAudit(user.id, saved.outcome === 'created' ? 'create-author' : 'save-author', `author:${saved.slug}`);
  return { status: 'success', message: t(saved.outcome, { name: input.name }) };
});
