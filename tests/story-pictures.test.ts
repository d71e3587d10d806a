import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { articles, media } from '@/db/schema';
import { focalCrop, focalPointOf, objectPosition } from '@/lib/media/focal-point';
import { renderSocialImage } from '@/lib/media/social-image';
import { SOCIAL_IMAGE, socialImagePath, socialImageSource } from '@/lib/media/variants';
import { tagsFor } from '@/lib/cache/changes';
import { cacheTags } from '@/lib/cache/tags';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { useSeededTempDatabase } from './support/temp-db';

const temp = useSeededTempDatabase();
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-media-'));
const { readerPlacesOf, setFocalPoint } = await import('@/db/queries/media-focus');
afterAll(() => {
  temp.cleanup();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

const SOCIAL = { width: 1200, height: 630 };

describe('focal-point crop', () => {
  it('keeps the whole height of a wide picture and slides the box towards the point', () => {
    // 2400×600 → a 1200:630 box is 1143 wide at full height.
    expect(focalCrop(2400, 600, SOCIAL, { x: 50, y: 50 })).toEqual({ left: 629, top: 0, width: 1143, height: 600 });
    expect(focalCrop(2400, 600, SOCIAL, { x: 0, y: 50 })).toEqual({ left: 0, top: 0, width: 1143, height: 600 });
    expect(focalCrop(2400, 600, SOCIAL, { x: 100, y: 0 })).toEqual({ left: 1257, top: 0, width: 1143, height: 600 });
    expect(focalCrop(2400, 600, SOCIAL, { x: 90, y: 50 }).left).toBe(1131);
  });

  it('keeps the whole width of a tall picture and slides the box down', () => {
    expect(focalCrop(600, 1800, SOCIAL, { x: 20, y: 0 })).toEqual({ left: 0, top: 0, width: 600, height: 315 });
    expect(focalCrop(600, 1800, SOCIAL, { x: 20, y: 100 })).toEqual({ left: 0, top: 1485, width: 600, height: 315 });
  });

  it('always holds the point itself and never leaves the picture', () => {
    for (const [width, height] of [
      [2400, 600],
      [600, 1800],
      [1200, 630],
      [201, 200],
    ])
      for (const x of [0, 13, 50, 87, 100])
        for (const y of [0, 33, 100]) {
          const box = focalCrop(width, height, SOCIAL, { x, y });
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.left + box.width).toBeLessThanOrEqual(width);
          expect(box.top + box.height).toBeLessThanOrEqual(height);
          const [px, py] = [(width * x) / 100, (height * y) / 100];
          expect(px).toBeGreaterThanOrEqual(box.left - 1);
          expect(px).toBeLessThanOrEqual(box.left + box.width + 1);
          expect(py).toBeGreaterThanOrEqual(box.top - 1);
          expect(py).toBeLessThanOrEqual(box.top + box.height + 1);
        }
  });

  it('reads a media row and writes object-position', () => {
    expect(focalPointOf({ focalX: null, focalY: null })).toBeNull();
    expect(focalPointOf({ focalX: 0, focalY: 100 })).toEqual({ x: 0, y: 100 });
    expect(objectPosition({ x: 20, y: 75 })).toBe('20% 75%');
    expect(objectPosition(null)).toBeUndefined();
  });
});

/** A wide picture, white but for a blue block at the start and a red one at the end. */
async function twoSubjects(): Promise<Buffer> {
  const block = (colour: string) =>
    sharp({ create: { width: 400, height: 600, channels: 3, background: colour } })
      .png()
      .toBuffer();
  return sharp({ create: { width: 2400, height: 600, channels: 3, background: '#ffffff' } })
    .composite([
      { input: await block('#0000d0'), left: 0, top: 0 },
      { input: await block('#d00000'), left: 2000, top: 0 },
    ])
    .png()
    .toBuffer();
}

describe('social image around the focal point', () => {
  it('is cut around the point instead of what sharp finds salient', async () => {
    const pixels = await twoSubjects();
    const [atStart, atEnd] = await Promise.all([
      renderSocialImage(pixels, { x: 0, y: 50 }),
      renderSocialImage(pixels, { x: 100, y: 50 }),
    ]);
    const channels = async (jpeg: Buffer) => (await sharp(jpeg).stats()).channels;
    const [red1, , blue1] = await channels(atStart);
    const [red2, , blue2] = await channels(atEnd);
    expect(blue1.mean - red1.mean).toBeGreaterThan(40);
    expect(red2.mean - blue2.mean).toBeGreaterThan(40);
    const meta = await sharp(atStart).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', SOCIAL_IMAGE.width, SOCIAL_IMAGE.height]);
  });

  it('carries the point in its name, so a moved point is a new URL, with one spelling per point', () => {
    const key = 'b'.repeat(24);
    const src = `/media/${key}-1600.webp`;
    expect(socialImagePath(src, { x: 30, y: 70 })).toBe(`/media/social/${key}_30_70.jpg`);
    expect(socialImagePath('/demo/summit.webp', { x: 0, y: 100 })).toBe('/media/social/demo-summit_0_100.jpg');
    expect(socialImageSource(`${key}_30_70.jpg`)).toEqual({ key, focus: { x: 30, y: 70 } });
    expect(socialImageSource('demo-summit_0_100.jpg')).toEqual({ src: '/demo/summit.webp', focus: { x: 0, y: 100 } });
    expect(socialImageSource(`${key}.jpg`)).toEqual({ key, focus: null });
    for (const name of [`${key}_030_70.jpg`, `${key}_101_0.jpg`, `${key}_1_.jpg`, `${key}_1.jpg`, `${key}_-1_2.jpg`])
      expect(socialImageSource(name), name).toBeNull();
  });

  it('is made only for the point the picture has now (no one fills the disk with other crops)', async () => {
    // The environment is read once per module load: load the social image module again with a media folder of its own.
    vi.resetModules();
    process.env.MEDIA_DIR = mediaDir;
    const { socialImage } = await import('@/lib/media/social-image');
    const file = path.join(mediaDir, `${'c'.repeat(24)}-1600.webp`);
    fs.writeFileSync(
      file,
      await sharp(await twoSubjects())
        .webp()
        .toBuffer(),
    );
    const stored = { src: `/media/${'c'.repeat(24)}-1600.webp`, focalX: 10, focalY: 50 };
    const key = 'c'.repeat(24);
    const named = (name: string) => socialImageSource(name)!;
    expect(await socialImage(`${key}_90_50.jpg`, named(`${key}_90_50.jpg`), () => stored)).toBeNull();
    expect(await socialImage(`${key}.jpg`, named(`${key}.jpg`), () => stored)).toBeNull();
    const made = await socialImage(`${key}_10_50.jpg`, named(`${key}_10_50.jpg`), () => stored);
    expect(made).not.toBeNull();
    expect(fs.existsSync(path.join(mediaDir, 'social', `${key}_10_50.jpg`))).toBe(true);
  });
});

describe('a moved focal point refreshes the public stories leading with the picture', () => {
  it('names their pages and the listings of their cards, and nothing for a picture no public story leads with', () => {
    const { db } = temp;
    const story = db
      .select({ id: articles.id, imageId: articles.leadImageId })
      .from(articles)
      .where(eq(articles.status, 'published'))
      .all()
      .find((row) => row.imageId !== null)!;
    expect(setFocalPoint(story.imageId!, { x: 25, y: 60 })).toBe(true);
    expect(db.select().from(media).where(eq(media.id, story.imageId!)).get()).toMatchObject({ focalX: 25, focalY: 60 });
    const places = readerPlacesOf(story.imageId!);
    expect(places.articleIds).toContain(story.id);
    const tags = tagsFor({ kind: 'picture', ...places });
    expect(tags).toEqual(
      expect.arrayContaining([cacheTags.article(story.id), cacheTags.home, cacheTags.topNews, cacheTags.feeds]),
    );
    expect(tags).toEqual(expect.arrayContaining(places.sectionSlugs.map(cacheTags.section)));
    // Its bylines' and tags' pages show its card too.
    const slugsOf = (sql: string) => db.$client.prepare(sql).pluck().all(story.id) as string[];
    const bylines = slugsOf(
      'SELECT a.slug FROM article_authors aa JOIN authors a ON a.id = aa.author_id WHERE aa.article_id = ?',
    );
    const storyTags = slugsOf(
      'SELECT t.slug FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ?',
    );
    expect(bylines.length).toBeGreaterThan(0);
    expect(places.authorSlugs).toEqual(expect.arrayContaining(bylines));
    expect(places.tagSlugs).toEqual(expect.arrayContaining(storyTags));
    expect(tags).toEqual(expect.arrayContaining([...bylines.map(cacheTags.author), ...storyTags.map(cacheTags.tag)]));
    const unused = db
      .insert(media)
      .values({ src: '/demo/unused.webp', width: 10, height: 10, alt: 'x', createdAt: 0 })
      .returning()
      .get();
    expect(tagsFor({ kind: 'picture', ...readerPlacesOf(unused.id) })).toEqual([]);
    expect(setFocalPoint(unused.id + 1000, { x: 1, y: 1 })).toBe(false);
  });
});

describe('a body picture through the sanitiser', () => {
  const figure =
    '<figure><img src="/media/aaaaaaaaaaaaaaaaaaaaaaaa-1600.webp" alt="الوصف" width="1600" height="900"><figcaption>التعليق <small>رويترز</small></figcaption></figure>';

  it('keeps the figure, its picture, caption and credit as the editor writes them', () => {
    expect(sanitizeArticleHtml(figure)).toBe(figure.replace('height="900">', 'height="900" />'));
  });

  it('drops what a hostile figure carries', () => {
    const hostile =
      '<figure class="x" style="position:fixed" onclick="a()"><img src="javascript:alert(1)" onerror="b()" alt="و" width="1" height="1" srcset="https://evil.example/x.jpg 1w"><figcaption onmouseover="c()">ت <small style="color:red">م<script>d()</script></small><iframe src="https://evil.example"></iframe></figcaption></figure>';
    const clean = sanitizeArticleHtml(hostile);
    expect(clean).not.toMatch(/class=|style=|onclick|onerror|onmouseover|javascript|srcset|script|iframe|evil/i);
    expect(clean).toContain('<figcaption>ت <small>م</small></figcaption>');
  });
});
