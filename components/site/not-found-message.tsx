import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { DocumentLink } from '@/i18n/document-link';
import { notFoundLocale, type NotFoundProps } from '@/i18n/not-found-locale';

/** The 404 page's words and its way home, in the visitor's language. */
export async function NotFoundMessage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-7xl font-bold text-brand" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('body')}</p>
      <p className="mt-8">
        <DocumentLink
          locale={locale}
          href="/"
          className="rounded bg-brand px-5 py-3 font-bold text-white hover:bg-brand-dark"
        >
          {t('home')}
        </DocumentLink>
      </p>
    </div>
  );
}

/** The 404's title («الصفحة غير موجودة | <site>»), for both not-found boundaries. */
export async function notFoundMetadata(props: NotFoundProps): Promise<Metadata> {
  const t = await getTranslations({ locale: await notFoundLocale(props), namespace: 'NotFound' });
  return { title: t('title') };
}
