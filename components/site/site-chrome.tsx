import type { Locale } from '@/i18n/routing';
import { getBreakingNews, getSiteFrame } from '@/lib/cache/reader';
import { Masthead } from './masthead';
import { BreakingStrip } from './breaking-strip';
import { SiteFooter } from './site-footer';
import { toNewsroomInput } from '@/lib/dates';

/** Masthead, breaking strip and footer around a reader page (and the 404 page). */
export async function SiteChrome({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const [{ settings, sections }, breaking] = await Promise.all([getSiteFrame(), getBreakingNews(locale)]);
  if (!settings) throw new Error('Site settings are missing: run `npm run setup` to migrate and seed the database.');
  const now = Date.now();
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
