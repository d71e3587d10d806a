import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { getHomeBlocks, getSiteFrame, getTopNews, TOP_NEWS_SIZE } from '@/lib/cache/reader';
import { localized } from '@/lib/localized';
import { pageAlternates } from '@/lib/seo/metadata';
import { homeJsonLd } from '@/lib/seo/json-ld';
import { feedPath } from '@/lib/feed';
import { JsonLd } from '@/components/site/json-ld';
import { ArticleCard } from '@/components/site/article-card';
import { TopNewsList } from '@/components/site/top-news-list';
import { SectionBlock, StoryGrid } from '@/components/site/section-block';
import { MostReadBlock } from '@/components/site/most-read-block';

// Must be a literal for Next to read it; keep equal to PAGE_REVALIDATE_SECONDS.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const { settings } = await getSiteFrame();
  const siteName = settings ? localized(settings, 'siteName', locale) : '';
  return { alternates: pageAlternates(locale, '/', [{ path: feedPath('/'), title: siteName }]) };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const [t, top, blocks, { settings }] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getTopNews(locale, TOP_NEWS_SIZE),
    getHomeBlocks(locale),
    getSiteFrame(),
  ]);
  const [lead, ...secondary] = top;
  return (
    <div className="space-y-10">
      {settings && <JsonLd data={homeJsonLd(settings, locale)} />}
      <h1 className="sr-only">{settings && localized(settings, 'siteName', locale)}</h1>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          {lead && <ArticleCard story={lead} locale={locale} variant="lead" preload headingLevel={2} />}
          <div className="grid gap-6 sm:grid-cols-3">
            {secondary.slice(0, 3).map((story) => (
              <ArticleCard key={story.id} story={story} locale={locale} headingLevel={2} />
            ))}
          </div>
        </div>
        <div className="space-y-6">
          <TopNewsList locale={locale} title={t('topNews')} stories={top} moreHref="/top" moreLabel={t('more')} />
          <MostReadBlock locale={locale} />
        </div>
      </div>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-4 border-b-2 border-ink pb-2 text-xl font-bold">
          {t('latest')}
        </h2>
        <StoryGrid locale={locale} stories={blocks.latest} />
      </section>
      {blocks.sections.map(({ section, stories }) => (
        <SectionBlock key={section.id} locale={locale} section={section} stories={stories} />
      ))}
    </div>
  );
}
