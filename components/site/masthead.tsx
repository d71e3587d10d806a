import { getTranslations } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { Section, SiteSettings } from '@/db/schema';
import { formatGregorianDate, formatHijriDate, toNewsroomInput } from '@/lib/dates';
import { localized, sectionName } from '@/lib/localized';
import { BidiText } from '@/components/ui/bidi-text';
import { SearchForm } from './search-form';
import { sectionPath } from '@/lib/site-url';

type Props = { locale: Locale; settings: SiteSettings; sections: Section[]; now: number };

export async function Masthead({ locale, settings, sections, now }: Props) {
  const t = await getTranslations({ locale, namespace: 'Masthead' });
  const otherLocale: Locale = locale === 'ar' ? 'en' : 'ar';
  return (
    <header className="border-b border-rule">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-paper focus:p-2"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2 text-sm text-muted">
        <time dateTime={toNewsroomInput(now).slice(0, 10)}>
          {formatGregorianDate(now, locale, true)} <span aria-hidden="true">|</span> {formatHijriDate(now, locale)}
        </time>
        <SearchForm locale={locale} />
        <DocumentLink
          href="/"
          locale={otherLocale}
          lang={otherLocale}
          hrefLang={otherLocale}
          className="py-1 font-bold hover:text-brand"
        >
          {t('otherLanguage')}
        </DocumentLink>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-4 pt-2 text-center">
        <DocumentLink locale={locale} href="/" className="inline-block">
          <span className="block text-4xl font-bold leading-tight text-brand sm:text-5xl">
            {localized(settings, 'siteName', locale)}
          </span>
          {localized(settings, 'tagline', locale) && (
            <span className="mt-1 block text-sm text-muted">{localized(settings, 'tagline', locale)}</span>
          )}
        </DocumentLink>
        <dl className="mt-3 flex flex-wrap justify-center gap-x-8 gap-y-1 text-sm">
          <div className="flex gap-2">
            <dt className="text-muted">{t('chairman')}</dt>
            <dd className="font-bold">
              <BidiText text={localized(settings, 'chairman', locale)} />
            </dd>
          </div>
          <div className="flex gap-2">
            <dt className="text-muted">{t('editorInChief')}</dt>
            <dd className="font-bold">
              <BidiText text={localized(settings, 'editorInChief', locale)} />
            </dd>
          </div>
        </dl>
      </div>
      <nav aria-label={t('sections')} className="bg-brand text-white">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-base font-bold whitespace-nowrap">
          <li>
            <DocumentLink locale={locale} href="/" className="menu-link">
              {t('home')}
            </DocumentLink>
          </li>
          {sections.map((section) => (
            <li key={section.id}>
              <DocumentLink locale={locale} href={sectionPath(section.slug)} className="menu-link">
                {sectionName(section, locale)}
              </DocumentLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
