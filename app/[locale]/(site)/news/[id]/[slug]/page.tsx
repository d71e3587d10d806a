import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { getTranslations } from 'next-intl/server';
import { getRelatedArticles, getSiteFrame, getTopNews, TOP_NEWS_SIZE } from '@/lib/cache/reader';
import { absoluteUrl, articlePath } from '@/lib/site-url';
import { localized } from '@/lib/localized';
import { feedPath } from '@/lib/feed';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from '@/components/site/json-ld';
import { ArticleView } from '@/components/site/article-view';
import { resolveArticle } from '../resolve-article';

export const revalidate = 60;

export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news/[id]/[slug]'>): Promise<Metadata> {
  const [locale, { id, slug }] = await Promise.all([localeParam(params), params]);
  const [found, { settings }] = await Promise.all([resolveArticle(locale, id, slug), getSiteFrame()]);
  const siteName = settings ? localized(settings, 'siteName', found.article.language) : '';
  return articleMetadata(found, siteName, { path: feedPath('/'), title: siteName });
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/news/[id]/[slug]'>) {
  const [locale, { id, slug }] = await Promise.all([localeParam(params), params]);
  setRequestLocale(locale);
  const found = await resolveArticle(locale, id, slug);
  const { article, section } = found;
  const [related, top, { settings }, tMasthead] = await Promise.all([
    getRelatedArticles(article.id, section.id, section.slug, locale),
    getTopNews(locale, TOP_NEWS_SIZE),
    getSiteFrame(),
    getTranslations({ locale, namespace: 'Masthead' }),
  ]);
  return (
    <>
      {settings && <JsonLd data={articleJsonLd(found, settings, tMasthead('home'))} />}
      <ArticleView
        locale={locale}
        found={found}
        related={related}
        top={top}
        shareUrl={absoluteUrl(article.language, articlePath(article))}
      />
    </>
  );
}
