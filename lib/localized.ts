import type { Locale } from '@/i18n/routing';

type Field = 'siteName' | 'chairman' | 'editorInChief' | 'tagline';
type Bilingual<F extends string> = { [K in `${F}Ar` | `${F}En`]: string };

/** Picks the Arabic or English column of a bilingual record, e.g. siteNameAr / siteNameEn. */
export function localized<F extends Field>(record: Bilingual<F>, field: F, locale: Locale): string {
  return locale === 'ar' ? record[`${field}Ar`] : record[`${field}En`];
}

export function sectionName(section: { nameAr: string; nameEn: string }, locale: Locale): string {
  return locale === 'ar' ? section.nameAr : section.nameEn;
}

/** The byline in the reader's language (English names are optional). */
export function authorName(author: { name: string; nameEn: string | null }, locale: Locale): string {
  return locale === 'en' && author.nameEn ? author.nameEn : author.name;
}
