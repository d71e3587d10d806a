import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './routing';

/**
 * The locale of a route's `[locale]` segment. Next types it as a string; the
 * proxy only lets the portal's locales through, and anything else is a 404
 * here rather than a cast that could lie.
 */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
