import { count, desc, eq, like } from 'drizzle-orm';
import { db } from '..';
import { media, type Media } from '../schema';

export function insertMedia(image: Pick<Media, 'src' | 'width' | 'height' | 'alt' | 'credit'>): Media {
  return db
    .insert(media)
    .values({ ...image, createdAt: Date.now() })
    .returning()
    .get();
}

/** The library, newest first, a page at a time. */
export function mediaPage(page: number, perPage: number) {
  const items = db
    .select()
    .from(media)
    .orderBy(desc(media.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const total = db.select({ n: count() }).from(media).get()?.n ?? 0;
  return { items, total };
}

/** What the story form offers for its lead and body images. */
export function recentMedia(limit = 200) {
  return db.select().from(media).orderBy(desc(media.id)).limit(limit).all();
}

/** Every stored image's src, for the start-up sweep of the media folder (lib/media/sweep.ts). */
export function mediaSources(): string[] {
  return db
    .select({ src: media.src })
    .from(media)
    .all()
    .map((row) => row.src);
}

const socialColumns = { src: media.src, focalX: media.focalX, focalY: media.focalY };

/** The upload whose variants carry `key` (lib/media/variants.ts), with its focal point; undefined when no row has it. */
export function uploadSource(key: string) {
  return db
    .select(socialColumns)
    .from(media)
    .where(like(media.src, `/media/${key}-%`))
    .get();
}

/** A picture by its src (the shipped demo pictures), with its focal point. */
export function pictureBySrc(src: string) {
  return db.select(socialColumns).from(media).where(eq(media.src, src)).get();
}
