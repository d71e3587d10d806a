'use server';

import { getTranslations } from 'next-intl/server';
import { readerPlacesOf, setFocalPoint } from '@/db/queries/media-focus';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { focalPointSchema } from './focal-point-schema';

/**
 * Sets where a picture's subject is, for the 16:9 cards and the social image. Whoever may add pictures may place
 * it (the story form's writers too); the pages of the public stories leading with it are refreshed.
 */
export const setFocalPointAction = staffAction('media.upload', focalPointSchema, async (input, user) => {
  const t = await getTranslations('Admin');
  const focus = input.clear ? null : { x: input.x, y: input.y };
  if (!setFocalPoint(input.mediaId, focus))
    return { status: 'error', message: (await getTranslations('AdminErrors'))('pictureNotFound') };
  writeAudit(user.id, 'media-focal-point', `media:${input.mediaId}`, focus ?? { cleared: true });
  await invalidate({ kind: 'picture', ...readerPlacesOf(input.mediaId) });
  return { status: 'success', message: t(focus ? 'pictures.focusSaved' : 'pictures.focusCleared') };
});
