import { getTranslations } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { Section, SiteSettings } from '@/db/schema';
import { localized, sectionName } from '@/lib/localized';
import { localePath, sectionPath } from '@/lib/site-url';
import { socialLinks } from '@/lib/social-links';

type Props = { locale: Locale; settings: SiteSettings; sections: Section[]; year: number };

export async function SiteFooter({ locale, settings, sections, year }: Props) {
  const [t, tSocial] = await Promise.all([
    getTranslations({ locale, namespace: 'Footer' }),
    getTranslations({ locale, namespace: 'Social' }),
  ]);
  const siteName = localized(settings, 'siteName', locale);
  const accounts = socialLinks(settings);
  return (
    <footer className="mt-12 border-t-4 border-brand bg-ink text-paper">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-[2fr_3fr]">
        <div className="space-y-2">
          <p className="text-2xl font-bold">{siteName}</p>
          <p className="text-sm opacity-80">{localized(settings, 'tagline', locale)}</p>
          {/* A plain <a>: the feed is an XML document, not a page to route to. */}
          <a
            href={localePath(locale, '/rss.xml')}
            className="inline-block text-sm font-bold underline"
            type="application/rss+xml"
          >
            {t('rss')}
          </a>{' '}
          <DocumentLink locale={locale} href="/corrections" className="ms-4 inline-block text-sm font-bold underline">
            {t('corrections')}
          </DocumentLink>
          <DocumentLink locale={locale} href="/writers" className="block text-sm font-bold underline">
            {t('writers')}
          </DocumentLink>
          {accounts.length > 0 && (
            // rel="me": these accounts are the paper's own, which lets the networks and verifiers link them back.
            <nav aria-label={tSocial('label')}>
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-bold">
                {accounts.map(({ network, url }) => (
                  <li key={network}>
                    <a href={url} rel="me noopener" className="underline">
                      {tSocial(network)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
        <nav aria-label={t('sections')}>
          <ul className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
            {sections.map((section) => (
              <li key={section.id}>
                <DocumentLink locale={locale} href={sectionPath(section.slug)} className="hover:underline">
                  {sectionName(section, locale)}
                </DocumentLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="border-t border-white/15 py-4 text-center text-xs opacity-70">
        {t('rights', { year: String(year), siteName })}
      </p>
    </footer>
  );
}
