import type { getTranslations } from 'next-intl/server';
import type { Media } from '@/db/schema';
import { focalPointOf } from '@/lib/media/focal-point';
import type { StoryPictures } from '@/components/admin/story-pictures';
import { setFocalPointAction } from '../media/set-focal-point-action';
import { uploadPictureAction } from './upload-picture-action';

type AdminTranslations = Awaited<ReturnType<typeof getTranslations<'Admin'>>>;
type ErrorTranslations = Awaited<ReturnType<typeof getTranslations<'AdminErrors'>>>;

const PICTURE_LABELS = [
  'leadZone',
  'bodyZone',
  'bodyButton',
  'file',
  'dropHint',
  'alt',
  'altHint',
  'caption',
  'credit',
  'send',
  'cancel',
  'focus',
  'focusHint',
  'focusPicture',
  'focusX',
  'focusY',
  'focusSave',
  'focusClear',
  'cardPreview',
] as const;

/** The story form's lead-image choices, its uploads (lead image and body) and the focal point, with their words. */
export function storyPictures(t: AdminTranslations, tErrors: ErrorTranslations, images: Media[]): StoryPictures {
  return {
    upload: uploadPictureAction,
    focus: setFocalPointAction,
    library: images.map((image) => ({
      id: image.id,
      src: image.src,
      width: image.width,
      height: image.height,
      alt: image.alt,
      credit: image.credit,
      focus: focalPointOf(image),
    })),
    labels: {
      ...Object.fromEntries(PICTURE_LABELS.map((key) => [key, t(`pictures.${key}`)])),
      noImage: t('form.noImage'),
      imageTooLarge: tErrors('imageTooLarge'),
    } as StoryPictures['labels'],
  };
}
