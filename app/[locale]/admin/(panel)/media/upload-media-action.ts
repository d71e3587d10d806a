'use server';

import { refresh } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { insertMedia } from '@/db/queries/media';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { mediaDir } from '@/lib/media/media-dir';
import { ImageRefused, processImage } from '@/lib/media/process-image';
import { mediaUploadSchema } from './media-schema';

/** Adds a picture to the library: every staff member who writes may upload. */
export const uploadMediaAction = staffAction(
  'media.upload',
  mediaUploadSchema,
  async ({ file, alt, credit }, user, values) => {
    const t = await getTranslations('AdminErrors');
    let image;
    try {
      image = await processImage(Buffer.from(await file.arrayBuffer()), mediaDir());
    } catch (error) {
      if (!(error instanceof ImageRefused)) throw error;
      return { status: 'error', message: t('checkFields'), fieldErrors: { file: t(error.reason) }, values };
    }
    const stored = insertMedia({ ...image, alt, credit: credit || null });
    writeAudit(user.id, 'upload-media', `media:${stored.id}`);
    refresh();
    return { status: 'success', message: (await getTranslations('Admin'))('media.uploaded') };
  },
);
