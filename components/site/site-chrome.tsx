import type { Locale } from '@/i18n/routing';
import type { Section, SiteSettings } from '@/db/schema';
import type { ArticleCard } from '@/db/queries/articles';
import { Masthead } from './masthead';
import { BreakingStrip } from './breaking-strip';
import { SiteFooter } from './site-footer';
import { toNewsroomInput } from '@/lib/dates';

type Props = {
  locale: Locale;
  settings: SiteSettings;
  sections: Section[];
  breaking: ArticleCard[];
  /** The moment the page is rendered for: the masthead's date, the footer's year. */
  now: number;
  children: React.ReactNode;
};

/** Masthead, breaking strip and footer around a reader page (and the 404 page); lib/site-chrome.ts reads what they show. */
export function SiteChrome({ locale, settings, sections, breaking, now, children }: Props) {
  return (
    <>
      <Masthead locale={locale} settings={settings} sections={sections} now={now} />
      <BreakingStrip locale={locale} stories={breaking} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter
        locale={locale}
        settings={settings}
        sections={sections}
        year={Number(toNewsroomInput(now).slice(0, 4))}
      />
    </>
  );
}
