import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { ImageRefused, processImage } from '@/lib/media/process-image';
import { mediaVariants, widthsFor } from '@/lib/media/variants';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-media-'));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 140 } } });

async function refusal(bytes: Buffer) {
  const error = await processImage(bytes, directory).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImageRefused);
  return (error as ImageRefused).reason;
}

describe('processImage', () => {
  it('re-encodes a JPEG into WebP and AVIF at every rung up to its width, without its EXIF', async () => {
    const jpeg = await photo(1200, 800)
      .withExif({ IFD0: { Copyright: 'secret-camera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 2/1 0/1' } })
      .jpeg()
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const image = await processImage(jpeg, directory);
    expect(image).toMatchObject({ width: 1200, height: 800 });
    expect(image.src).toMatch(/^\/media\/[a-f0-9]{24}-1200\.webp$/);
    const key = image.src.slice('/media/'.length, -'-1200.webp'.length);
    const files = fs
      .readdirSync(directory)
      .filter((name) => name.startsWith(key))
      .sort();
    expect(files).toEqual([
      `${key}-1200.avif`,
      `${key}-1200.webp`,
      `${key}-480.avif`,
      `${key}-480.webp`,
      `${key}-960.avif`,
      `${key}-960.webp`,
    ]);
    for (const file of files) {
      const metadata = await sharp(path.join(directory, file)).metadata();
      expect(metadata.exif, file).toBeUndefined();
      expect(metadata.format, file).toBe(file.endsWith('.avif') ? 'heif' : 'webp');
    }
  });

  it('accepts PNG, WebP and AVIF by their content, whatever they are called', async () => {
    for (const encode of [(s: Sharp) => s.png(), (s: Sharp) => s.webp(), (s: Sharp) => s.avif()]) {
      const image = await processImage(await encode(photo(640, 360)).toBuffer(), directory);
      expect(image).toMatchObject({ width: 640, height: 360 });
    }
  });

  it('caps the widest variant at the top rung and keeps the aspect ratio', async () => {
    const image = await processImage(await photo(3200, 1800).jpeg().toBuffer(), directory);
    expect(image).toMatchObject({ width: 1600, height: 900 });
  });

  it('refuses SVG, GIF, text, and HEIC that is not AVIF', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" onload="alert(1)"><rect width="400" height="400"/></svg>',
    );
    expect(await refusal(svg)).toBe('imageType');
    expect(await refusal(await photo(400, 400).gif().toBuffer())).toBe('imageType');
    expect(await refusal(Buffer.from('GIF89a not really'))).toBe('imageUnreadable');
    expect(await refusal(Buffer.from('<?php echo 1; ?>'))).toBe('imageUnreadable');
  });

  it('refuses files over the size cap, tiny images and decompression bombs', async () => {
    expect(await refusal(Buffer.alloc(MAX_UPLOAD_BYTES + 1))).toBe('imageTooLarge');
    expect(await refusal(await photo(120, 80).png().toBuffer())).toBe('imageTooSmall');
    expect(await refusal(await photo(10_000, 6_000).png({ compressionLevel: 9 }).toBuffer())).toBe('imageTooLarge');
  });
});

describe('media variants', () => {
  it('lists the ladder below the original, then the original', () => {
    expect(widthsFor(300)).toEqual([300]);
    expect(widthsFor(960)).toEqual([480, 960]);
    expect(widthsFor(5000)).toEqual([480, 960, 1600]);
  });
  it('gives AVIF and WebP source sets for uploaded images only', () => {
    const key = 'a'.repeat(24);
    expect(mediaVariants(`/media/${key}-960.webp`)).toEqual({
      avif: `/media/${key}-480.avif 480w, /media/${key}-960.avif 960w`,
      webp: `/media/${key}-480.webp 480w, /media/${key}-960.webp 960w`,
    });
    expect(mediaVariants('/demo/summit.webp')).toBeNull();
    expect(mediaVariants(`/media/../${key}-960.webp`)).toBeNull();
  });
});
