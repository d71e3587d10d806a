import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { MAX_UPLOAD_BYTES } from './limits';
import { stagingDir } from './media-dir';
import { MEDIA_FORMATS, mediaFileName, widthsFor } from './variants';
/** Larger originals are refused before decoding: a small file can claim enormous dimensions. */
export const MAX_INPUT_PIXELS = 50_000_000;
const MIN_SIDE = 200;

/** The formats accepted, as sharp detects them from the bytes (AVIF is a HEIF container). */
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'heif']);

export type UploadRefusal = 'imageType' | 'imageTooLarge' | 'imageTooSmall' | 'imageUnreadable';
export type ProcessedImage = { src: string; width: number; height: number };

export class ImageRefused extends Error {
  constructor(readonly reason: UploadRefusal) {
    super(reason);
  }
}

async function inspect(bytes: Buffer) {
  if (bytes.length > MAX_UPLOAD_BYTES) throw new ImageRefused('imageTooLarge');
  const metadata = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw new ImageRefused('imageUnreadable');
    });
  if (!metadata.format || !ACCEPTED.has(metadata.format)) throw new ImageRefused('imageType');
  if (metadata.format === 'heif' && metadata.compression !== 'av1') throw new ImageRefused('imageType');
  const { width = 0, height = 0 } = metadata;
  if (width * height > MAX_INPUT_PIXELS) throw new ImageRefused('imageTooLarge');
  // EXIF orientation swaps the sides the reader will see.
  const rotated = (metadata.orientation ?? 1) >= 5;
  return rotated ? { width: height, height: width } : { width, height };
}

/**
 * Checks an upload by its content and re-encodes it into WebP and AVIF at each
 * width of the ladder. Re-encoding drops every byte of the original beyond its
 * pixels: EXIF (GPS position, camera serial), XMP, ICC profiles, trailing data.
 * File names are random; nothing of the uploader's file name is kept.
 * Variants are encoded into a staging folder and moved into place only when
 * all exist, so a crash mid-encode leaves no half set among the media
 * (lib/media/sweep.ts clears what a crash leaves behind).
 */
export async function processImage(bytes: Buffer, directory: string): Promise<ProcessedImage> {
  const original = await inspect(bytes);
  if (Math.min(original.width, original.height) < MIN_SIDE) throw new ImageRefused('imageTooSmall');
  const key = randomBytes(12).toString('hex');
  const widths = widthsFor(original.width);
  const staging = stagingDir(directory, key);
  await fs.mkdir(staging, { recursive: true });
  const names = widths.flatMap((width) => MEDIA_FORMATS.map((format) => ({ width, format })));
  try {
    for (const width of widths) {
      const resized = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
        .rotate()
        .resize({ width, withoutEnlargement: true });
      for (const format of MEDIA_FORMATS) {
        const file = path.join(staging, mediaFileName(key, width, format));
        const encoder =
          format === 'avif' ? resized.clone().avif({ quality: 55, effort: 2 }) : resized.clone().webp({ quality: 78 });
        await encoder.toFile(file);
      }
    }
    for (const { width, format } of names) {
      const name = mediaFileName(key, width, format);
      await fs.rename(path.join(staging, name), path.join(directory, name));
    }
  } catch (error) {
    await Promise.all(
      names.map(({ width, format }) => fs.rm(path.join(directory, mediaFileName(key, width, format)), { force: true })),
    );
    throw error instanceof ImageRefused ? error : new ImageRefused('imageUnreadable');
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  const widest = widths[widths.length - 1];
  return {
    src: `/media/${mediaFileName(key, widest, 'webp')}`,
    width: widest,
    height: Math.round((original.height * widest) / original.width),
  };
}
