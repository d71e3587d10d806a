// Slugs keep Arabic letters (browsers show them decoded, search engines index
// them) and drop diacritics, tatweel and punctuation so one title gives one URL.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const MAX_SLUG_LENGTH = 80;

export function slugify(title: string): string {
  const slug = title
    .normalize('NFC')
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return trimAtWord(slug, MAX_SLUG_LENGTH);
}

function trimAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > max / 2 ? cut.slice(0, lastDash) : cut;
}

/** Route params arrive percent-encoded on some paths and decoded on others. */
export function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw).normalize('NFC');
  } catch {
    return raw;
  }
}
