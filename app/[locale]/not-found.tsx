import { getLocale, getTranslations } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import { siteChromeData } from '@/lib/site-chrome';
import { SiteChrome } from '@/components/site/site-chrome';

export default async function NotFound() {
  const locale = await getLocale();
  const [t, chrome] = await Promise.all([getTranslations({ locale, namespace: 'NotFound' }), siteChromeData(locale)]);
  return (
    <SiteChrome locale={locale} {...chrome}>
      <div className="mx-auto max-w-xl py-16 text-center">
        <p className="text-7xl font-bold text-brand" aria-hidden="true">
          404
        </p>
        <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3 text-muted">{t('body')}</p>
        <p className="mt-8">
          <DocumentLink href="/" className="rounded bg-brand px-5 py-3 font-bold text-white hover:bg-brand-dark">
            {t('home')}
          </DocumentLink>
        </p>
      </div>
    </SiteChrome>
  );
}
