import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { routing } from '@/i18n/routing';
import { pinCandidates, pinnedStories } from '@/db/queries/curation';
import { requireStaff } from '@/lib/auth/session';
import { TOP_NEWS_SIZE } from '@/lib/cache/reader';
import { formatDateTime } from '@/lib/dates';
import { TopNewsBoard } from '@/components/admin/top-news-board';
import { moveTopStoryAction } from './move-top-story-action';
import { reorderTopNewsAction } from './reorder-top-news-action';

const LABELS = ['up', 'down', 'clear', 'empty', 'pinHeading', 'story', 'until', 'pin', 'noCandidates'] as const;
/** Raw templates ({title}, {position}): the sortable list fills them in the browser as a story moves. */
const ORDER_LABELS = ['handle', 'instructions', 'picked', 'over', 'dropped', 'cancelled', 'offFront'] as const;

/** Each edition's slots and the stories that could be pinned, at one reading of the clock, taken outside rendering. */
function editionBoards() {
  const now = Date.now();
  return routing.locales.map((language) => ({
    language,
    pinned: pinnedStories(language).map((story) => ({
      ...story,
      lapsed: story.topUntil !== null && story.topUntil <= now,
    })),
    candidates: pinCandidates(language, now),
  }));
}
type PinnedStory = ReturnType<typeof editionBoards>[number]['pinned'][number];

export default async function TopNewsBoardPage({ params }: PageProps<'/[locale]/admin/top-news'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaff(locale, 'curation.manage');
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const labels = Object.fromEntries(LABELS.map((key) => [key, t(`topBoard.${key}`)])) as Record<
    (typeof LABELS)[number],
    string
  >;
  const order = await getTranslations({ locale, namespace: 'TopOrder' });
  const orderLabels = Object.fromEntries(ORDER_LABELS.map((key) => [key, order.raw(key) as string])) as Record<
    (typeof ORDER_LABELS)[number],
    string
  >;
  const slot = ({ id, title, status, topUntil, lapsed }: PinnedStory) => {
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
      <p className="mb-2 text-sm text-muted">{t('topBoard.hint')}</p>
      <p className="mb-6 text-sm font-bold" data-testid="front-page-slots">
        {order('slots', { count: TOP_NEWS_SIZE, n: String(TOP_NEWS_SIZE) })}
      </p>
      {editionBoards().map(({ language, pinned, candidates }) => (
        <section key={language} className="mb-8" lang={language}>
          <h2 className="mb-3 text-lg font-bold">{language === 'ar' ? 'العربية' : 'English'}</h2>
          <TopNewsBoard
            action={moveTopStoryAction}
            reorderAction={reorderTopNewsAction}
            frontPageSlots={TOP_NEWS_SIZE}
            orderLabels={orderLabels}
            labels={labels}
            language={language}
            stories={pinned.map(slot)}
            candidates={candidates}
          />
        </section>
      ))}
    </>
  );
}
