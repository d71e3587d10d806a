import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { getTopNews } from '@/lib/cache/reader';
import { feedPath } from '@/lib/feed';
import { pageAlternates } from '@/lib/seo/metadata';
import { ArticleCard } from '@/components/site/article-card';

export const revalidate = 60;
const TOP_PAGE_SIZE = 12;

export async function generateMetadata({ params }: PageProps<'/[locale]/top'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return {
    title: t('topNewsTitle'),
    alternates: pageAlternates(locale, '/top', [{ path: feedPath('/top'), title: t('topNewsTitle') }]),
  };
}

export default async function TopNewsPage({ params }: PageProps<'/[locale]/top'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const [t, stories] = await Promise.all([
    getTranslations({ locale, namespace: 'Listing' }),
    getTopNews(locale, TOP_PAGE_SIZE),
  ]);
  return (
    <div>
      <h1 className="mb-6 border-b-4 border-brand pb-3 text-3xl font-bold">{t('topNewsTitle')}</h1>
      <ol className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3" data-testid="top-news-page">
        {stories.map((story, index) => (
          <li key={story.id} className="relative">
            <span className="absolute start-2 top-2 z-10 rounded bg-brand px-2 py-0.5 font-bold text-white">
              {index + 1}
            </span>
            <ArticleCard story={story} locale={locale} preload={index === 0} headingLevel={2} />
          </li>
        ))}
      </ol>
    </div>
  );
}
