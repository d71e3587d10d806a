import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { routing } from '@/i18n/routing';
import { pinnedStories } from '@/db/queries/curation';
import { requireUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { TopNewsBoard } from '@/components/admin/top-news-board';
import { moveTopStoryAction } from './move-top-story-action';

export default async function TopNewsBoardPage({ params }: PageProps<'/[locale]/admin/top-news'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [user, t] = await Promise.all([requireUser(locale), getTranslations({ locale, namespace: 'Admin' })]);
  if (!can(user.role, 'curation.manage')) notFound();
  const labels = { up: t('topBoard.up'), down: t('topBoard.down'), clear: t('topBoard.clear'), empty: t('topBoard.empty') };
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
            stories={pinnedStories(language).map((story) => ({ id: story.id, title: story.title, statusLabel: t(`statuses.${story.status}`) }))}
          />
        </section>
      ))}
    </>
  );
}
