import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { mediaDir } from './media-dir';
import { DEMO_SRC_PATTERN, MEDIA_SRC_PATTERN, SOCIAL_IMAGE } from './variants';

// The picture a story shows when shared: a 1200×630 JPEG, because several
// platforms ignore a WebP og:image. Cropped around what sharp finds most
// salient (its "attention" strategy), so a face or a crowd at one side of a
// wide photograph stays in the frame. Made on first request and kept on disk.

/** The 1200×630 JPEG of an image's pixels. */
export function renderSocialImage(pixels: Buffer): Promise<Buffer> {
  return sharp(pixels)
    .rotate()
    .resize(SOCIAL_IMAGE.width, SOCIAL_IMAGE.height, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

/** Where a stored picture's pixels are: an upload's widest WebP in the media folder, or a demo picture in public/. */
function pixelsFile(src: string): string | null {
  if (MEDIA_SRC_PATTERN.test(src)) return path.join(mediaDir(), path.basename(src));
  return DEMO_SRC_PATTERN.test(src) ? path.join(process.cwd(), 'public', src) : null;
}

/**
 * The social image `file` (a name socialImageSource accepted), made on first
 * request from the picture `findSrc` names and then read from the media
 * folder; null when there is no such picture.
 */
export async function socialImage(file: string, findSrc: () => string | undefined): Promise<Buffer | null> {
  const kept = path.join(mediaDir(), 'social', file);
  const cached = await fs.readFile(kept).catch(() => null);
  if (cached) return cached;
  const src = findSrc();
  const pixelsPath = src && pixelsFile(src);
  const pixels = pixelsPath && (await fs.readFile(pixelsPath).catch(() => null));
  if (!pixels) return null;
  const jpeg = await renderSocialImage(pixels);
  // Written aside and renamed: a reader never gets half a file, and two first requests at once both succeed.
  const partial = `${kept}.${process.pid}.${Date.now()}`;
  await fs.mkdir(path.dirname(kept), { recursive: true });
  await fs.writeFile(partial, jpeg);
  await fs.rename(partial, kept);
  return jpeg;
}
