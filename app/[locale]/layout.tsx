import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { directionOf, isLocale, routing } from '@/i18n/routing';
import { getSiteFrame } from '@/lib/cache/reader';
import { localized } from '@/lib/localized';
import { SITE_URL } from '@/lib/site-url';
import { DEFAULT_OG_IMAGE } from '@/lib/seo/metadata';
import { naskh } from '../fonts';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const [{ settings }, t] = await Promise.all([getSiteFrame(), getTranslations({ locale, namespace: 'Metadata' })]);
  const siteName = settings ? localized(settings, 'siteName', locale) : '';
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: siteName, template: `%s | ${siteName}` },
    description: t('description', { siteName }),
    openGraph: { type: 'website', siteName, locale: locale === 'ar' ? 'ar_AR' : 'en_GB', images: [DEFAULT_OG_IMAGE] },
    twitter: { card: 'summary_large_image' },
  };
}

/** The root layout of each locale: <html lang dir>, the Arabic face. */
export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={directionOf(locale)} className={naskh.variable}>
      <body className="min-h-screen font-sans antialiased">
        {/* No intl provider here: reader pages have no client component that needs one (see app/[locale]/admin/layout.tsx). */}
        {children}
      </body>
    </html>
  );
}
