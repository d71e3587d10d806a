import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { mediaDir } from './media-dir';
import { focalCrop, focalPointOf, type FocalPoint } from './focal-point';
import { DEMO_SRC_PATTERN, MEDIA_SRC_PATTERN, SOCIAL_IMAGE, type SocialImageName } from './variants';

// The picture a story shows when shared: a 1200×630 JPEG, because several
// platforms ignore a WebP og:image. Cropped around what sharp finds most
// salient (its "attention" strategy), so a face or a crowd at one side of a
// wide photograph stays in the frame, unless an editor set the picture's focal
// point: then the crop is placed around it. Made on first request and kept on disk.

/** The 1200×630 JPEG of an image's pixels, cut around `focus` when given. */
export async function renderSocialImage(pixels: Buffer, focus: FocalPoint | null = null): Promise<Buffer> {
  // Rotated first (its own pipeline): the focal point was set on the picture as readers see it.
  const upright = sharp(await sharp(pixels).rotate().toBuffer());
  const { width = 0, height = 0 } = await upright.metadata();
  const cropped = focus ? upright.extract(focalCrop(width, height, SOCIAL_IMAGE, focus)) : upright;
  return cropped
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

type StoredPicture = { src: string; focalX: number | null; focalY: number | null };

const samePoint = (a: FocalPoint | null, b: FocalPoint | null) => a?.x === b?.x && a?.y === b?.y;

/**
 * The social image `file` (named as socialImageSource read it), made on first
 * request from the picture `find` returns and then read from the media folder;
 * null when there is no such picture or the name's focal point is not the
 * picture's (only the current crop is made: no one fills the disk with others).
 */
export async function socialImage(
  file: string,
  named: SocialImageName,
  find: () => StoredPicture | undefined,
): Promise<Buffer | null> {
  const kept = path.join(mediaDir(), 'social', file);
  const cached = await fs.readFile(kept).catch(() => null);
  if (cached) return cached;
  const picture = find();
  if (!picture || !samePoint(named.focus, focalPointOf(picture))) return null;
  const pixelsPath = pixelsFile(picture.src);
  const pixels = pixelsPath && (await fs.readFile(pixelsPath).catch(() => null));
  if (!pixels) return null;
  const jpeg = await renderSocialImage(pixels, named.focus);
  // Written aside and renamed: a reader never gets half a file, and two first requests at once both succeed.
  const partial = `${kept}.${process.pid}.${Date.now()}`;
  await fs.mkdir(path.dirname(kept), { recursive: true });
  await fs.writeFile(partial, jpeg);
  await fs.rename(partial, kept);
  return jpeg;
}
