import type { getTranslations } from 'next-intl/server';
import type { Media } from '@/db/schema';
import { imageLabel } from '@/lib/media/label';

// What every rich-text editor of a story needs from the server (the story's
// body and a live blog's entries alike): its toolbar's words and the library
// pictures it can insert.

type AdminTranslations = Awaited<ReturnType<typeof getTranslations<'Admin'>>>;

export const editorLabels = (t: AdminTranslations) => ({
  toolbar: t('editor.toolbar'),
  heading: t('editor.heading'),
  bold: t('editor.bold'),
  italic: t('editor.italic'),
  link: t('editor.link'),
  linkPrompt: t('editor.linkPrompt'),
  quote: t('editor.quote'),
  bulletList: t('editor.bulletList'),
  orderedList: t('editor.orderedList'),
  image: t('editor.image'),
  insertImage: t('editor.insertImage'),
  gallery: t('editorBlocks.gallery'),
  galleryPick: t('editorBlocks.galleryPick'),
  galleryAlt: t('editorBlocks.galleryAlt'),
  galleryCaption: t('editorBlocks.galleryCaption'),
  insertGallery: t('editorBlocks.insertGallery'),
});

export const bodyImages = (images: Media[]) =>
  images.map((image) => ({
    src: image.src,
    label: imageLabel(image),
    alt: image.alt,
    width: image.width,
    height: image.height,
    credit: image.credit ?? '',
  }));
