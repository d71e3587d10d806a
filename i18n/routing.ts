import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ar', 'en'],
  defaultLocale: 'ar',
  // Arabic lives at "/", English under "/en". No Accept-Language redirect: a
  // portal's front page is the same for every reader and every crawler, which
  // keeps "/" cacheable and shareable.
  localePrefix: 'as-needed',
  localeDetection: false,
  // Nothing reads a locale cookie (no detection), and a public page that sets
  // one is a page no edge cache will store.
  localeCookie: false,
  // No Link header of alternates: next-intl builds it from the request's Host
  // (attacker-chosen) and for every path, pages of one edition only included.
  // Each page lists its own alternates, from SITE_URL, in its metadata (lib/seo/metadata.ts).
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}
