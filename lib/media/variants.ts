import type { FocalPoint } from './focal-point';

// Naming of processed uploads, shared by the processor, the file route and the
// image component: `/media/<key>-<width>.<format>`. The widest WebP is the
// image's `src`; every narrower rung of the ladder exists in WebP and AVIF.

export const WIDTH_LADDER = [480, 960, 1600] as const;
export const MEDIA_FORMATS = ['avif', 'webp'] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

export const MEDIA_FILE_PATTERN = /^([a-f0-9]{24})-(\d{2,4})\.(avif|webp)$/;
export const MEDIA_SRC_PATTERN = /^\/media\/([a-f0-9]{24})-(\d{2,4})\.webp$/;

/** The widths produced for an original this wide: the ladder's smaller rungs, then the original capped at the top rung. */
export function widthsFor(originalWidth: number): number[] {
  const widest = Math.min(originalWidth, WIDTH_LADDER[WIDTH_LADDER.length - 1]);
  return [...WIDTH_LADDER.filter((width) => width < widest), widest];
}

export const mediaFileName = (key: string, width: number, format: MediaFormat) => `${key}-${width}.${format}`;

/** For an uploaded image's src, its source set in each format; null for images that are not ours (demo files). */
export function mediaVariants(src: string): Record<MediaFormat, string> | null {
  const match = MEDIA_SRC_PATTERN.exec(src);
  if (!match) return null;
  const [, key, widest] = match;
  const widths = widthsFor(Number(widest));
  const srcSet = (format: MediaFormat) =>
    widths.map((width) => `/media/${mediaFileName(key, width, format)} ${width}w`).join(', ');
  return { avif: srcSet('avif'), webp: srcSet('webp') };
}

// A story's picture as shared on social platforms (lib/media/social-image.ts
// makes it), named after the picture it is cut from: an upload's random key
// (so it is no easier to find than the upload itself) or a demo picture's name,
// then the focal point it is cut around when one is set (`_<x>_<y>`): a moved
// focal point is a new URL, so the immutable old one is never served for it.
export const SOCIAL_IMAGE = { width: 1200, height: 630, type: 'image/jpeg' } as const;

export const DEMO_SRC_PATTERN = /^\/demo\/([a-z0-9-]+)\.webp$/;
const SOCIAL_FILE_PATTERN = /^(?:([a-f0-9]{24})|demo-([a-z0-9-]+))(?:_(\d{1,3})_(\d{1,3}))?\.jpg$/;

const focusSuffix = (focus: FocalPoint | null) => (focus ? `_${focus.x}_${focus.y}` : '');

/** The social image of a stored picture's src, cut around `focus`; null for a src of another shape. */
export function socialImagePath(src: string, focus: FocalPoint | null = null): string | null {
  const upload = MEDIA_SRC_PATTERN.exec(src);
  if (upload) return `/media/social/${upload[1]}${focusSuffix(focus)}.jpg`;
  const demo = DEMO_SRC_PATTERN.exec(src);
  return demo ? `/media/social/demo-${demo[1]}${focusSuffix(focus)}.jpg` : null;
}

export type SocialImageName = ({ key: string } | { src: string }) & { focus: FocalPoint | null };

/** What a social image's file name names: an upload's key or a demo picture's src, and a focal point; null for any other name. */
export function socialImageSource(file: string): SocialImageName | null {
  const match = SOCIAL_FILE_PATTERN.exec(file);
  if (!match) return null;
  const [, key, demo, x, y] = match;
  const focus = x === undefined ? null : { x: Number(x), y: Number(y) };
  // One spelling per point: no leading zeros, nothing past 100.
  if (focus && (focus.x > 100 || focus.y > 100 || `${focus.x}_${focus.y}` !== `${x}_${y}`)) return null;
  return key ? { key, focus } : { src: `/demo/${demo}.webp`, focus };
}
