import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderSocialImage } from '@/lib/media/social-image';
import { SOCIAL_IMAGE, socialImagePath, socialImageSource } from '@/lib/media/variants';

/** A wide picture, white but for one red block: the subject, far to one side. */
async function wideWithSubjectAtEnd(): Promise<Buffer> {
  const subject = await sharp({ create: { width: 300, height: 600, channels: 3, background: '#d00000' } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 2400, height: 600, channels: 3, background: '#ffffff' } })
    .composite([{ input: subject, left: 2050, top: 0 }])
    .png()
    .toBuffer();
}

describe('social image', () => {
  it('is a 1200×630 JPEG whatever the shape and format of the picture', async () => {
    for (const [width, height] of [
      [2400, 600],
      [600, 1800],
      [1200, 675],
    ]) {
      const webp = await sharp({ create: { width, height, channels: 4, background: '#3366aa80' } })
        .webp()
        .toBuffer();
      const meta = await sharp(await renderSocialImage(webp)).metadata();
      expect([meta.format, meta.width, meta.height], `${width}×${height}`).toEqual([
        'jpeg',
        SOCIAL_IMAGE.width,
        SOCIAL_IMAGE.height,
      ]);
    }
  });

  it('keeps the salient part of a wide picture in the frame instead of cutting to its middle', async () => {
    const jpeg = await renderSocialImage(await wideWithSubjectAtEnd());
    const [red, green] = (await sharp(jpeg).stats()).channels;
    // A centre crop of the 2400×600 picture would be all white: as much green as red.
    expect(red.mean - green.mean).toBeGreaterThan(40);
  });

  it('is named after the picture it is cut from, and no other name is served', () => {
    const key = 'a'.repeat(24);
    expect(socialImagePath(`/media/${key}-1600.webp`)).toBe(`/media/social/${key}.jpg`);
    expect(socialImagePath('/demo/summit.webp')).toBe('/media/social/demo-summit.jpg');
    expect(socialImagePath('https://elsewhere.example/x.webp')).toBeNull();
    expect(socialImageSource(`${key}.jpg`)).toEqual({ key, focus: null });
    expect(socialImageSource('demo-summit.jpg')).toEqual({ src: '/demo/summit.webp', focus: null });
    for (const name of [
      '12.jpg',
      `${key}.jpeg`,
      `${key}.jpg.webp`,
      '../x.jpg',
      'demo-../x.jpg',
      'demo-A.jpg',
      `${'a'.repeat(23)}.jpg`,
    ])
      expect(socialImageSource(name), name).toBeNull();
  });
});
