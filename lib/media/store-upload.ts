import 'server-only';
import { getTranslations } from 'next-intl/server';
import { insertMedia } from '@/db/queries/media';
import { writeAudit } from '@/db/queries/staff';
import type { ActionState } from '../auth/action';
import { mediaDir } from './media-dir';
import { ImageRefused, processImage } from './process-image';

/**
 * One upload into the library, whichever form sent it (the media page, the
 * story form's lead image and body): the picture is checked and re-encoded,
 * stored with its description and credit, and the upload audited. A refused
 * picture is the file field's message; the answer to a stored one carries it.
 */
export async function storeUpload(
  userId: number,
  { file, alt, credit }: { file: File; alt: string; credit: string },
  values: Record<string, string>,
): Promise<ActionState> {
  let image;
  try {
    image = await processImage(Buffer.from(await file.arrayBuffer()), mediaDir());
  } catch (error) {
    if (!(error instanceof ImageRefused)) throw error;
    const t = await getTranslations('AdminErrors');
    return { status: 'error', message: t('checkFields'), fieldErrors: { file: t(error.reason) }, values };
  }
  const stored = insertMedia({ ...image, alt, credit: credit || null });
  writeAudit(userId, 'upload-media', `media:${stored.id}`);
  const { id, src, width, height } = stored;
  return {
    status: 'success',
    message: (await getTranslations('Admin'))('media.uploaded'),
    picture: { id, src, width, height, alt, credit: stored.credit },
  };
}
