import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard } from '@/db/queries/articles';
import { StoryGrid } from './section-block';
import { Pagination } from './pagination';

type Props = {
  locale: Locale;
  title: string;
  stories: ArticleCard[];
  total: number;
  page: number;
  totalPages: number;
  basePath: string;
  showSection?: boolean;
  /** Under the title: a writer's portrait, bio and links. */
  intro?: React.ReactNode;
};

/** Section, tag and author pages: a title, a count, a grid and pagination. */
export async function ListingPage({
  locale,
  title,
  stories,
  total,
  page,
  totalPages,
  basePath,
  showSection = true,
  intro,
}: Props) {
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return (
    <div>
      <header className="mb-6 flex items-baseline justify-between border-b-4 border-brand pb-3">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="text-sm text-muted">{t('count', { count: total, n: String(total) })}</p>
      </header>
      {intro}
      {stories.length === 0 ? (
        <p className="py-12 text-center text-muted">{t('empty')}</p>
      ) : (
        <StoryGrid locale={locale} stories={stories} showSection={showSection} headingLevel={2} />
      )}
      <Pagination locale={locale} basePath={basePath} page={page} totalPages={totalPages} pagesInPath />
    </div>
  );
}
