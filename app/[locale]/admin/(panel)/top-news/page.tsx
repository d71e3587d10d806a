import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { routing } from '@/i18n/routing';
import { pinCandidates, pinnedStories } from '@/db/queries/curation';
import { requireUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/dates';
import { TopNewsBoard } from '@/components/admin/top-news-board';
import { moveTopStoryAction } from './move-top-story-action';

const LABELS = ['up', 'down', 'clear', 'empty', 'pinHeading', 'story', 'until', 'pin', 'noCandidates'] as const;

export default async function TopNewsBoardPage({ params }: PageProps<'/[locale]/admin/top-news'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [user, t] = await Promise.all([requireUser(locale), getTranslations({ locale, namespace: 'Admin' })]);
  if (!can(user.role, 'curation.manage')) notFound();
  const labels = Object.fromEntries(LABELS.map((key) => [key, t(`topBoard.${key}`)])) as Record<
    (typeof LABELS)[number],
    string
  >;
  const now = Date.now();
  const slot = ({ id, title, status, topUntil }: ReturnType<typeof pinnedStories>[number]) => {
    const lapsed = topUntil !== null && topUntil <= now;
    const lapse =
      topUntil === null
        ? ''
        : lapsed
          ? t('topBoard.lapsed')
          : t('topBoard.lapsesAt', { time: formatDateTime(topUntil, locale) });
    return { id, title, statusLabel: t(`statuses.${status}`), lapse, lapsed };
  };
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t('topBoard.title')}</h1>
      <p className="mb-6 text-sm text-muted">{t('topBoard.hint')}</p>
      {routing.locales.map((language) => (
        <section key={language} className="mb-8" lang={language}>
          <h2 className="mb-3 text-lg font-bold">{language === 'ar' ? 'العربية' : 'English'}</h2>
          <TopNewsBoard
            action={moveTopStoryAction}
            labels={labels}
            language={language}
            stories={pinnedStories(language).map(slot)}
            candidates={pinCandidates(language, now)}
          />
        </section>
      ))}
    </>
  );
}
