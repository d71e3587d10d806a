// Naming of processed uploads, shared by the processor, the file route and the
// image component: `/media/<key>-<width>.<format>`. The widest WebP is the
// image's `src`; every narrower rung of the ladder exists in WebP and AVIF.

export const WIDTH_LADDER = [480, 960, 1600] as const;
export const MEDIA_FORMATS = ['avif', 'webp'] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

export const MEDIA_FILE_PATTERN = /^([a-f0-9]{24})-(\d{2,4})\.(avif|webp)$/;
const MEDIA_SRC_PATTERN = /^\/media\/([a-f0-9]{24})-(\d{2,4})\.webp$/;

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
