import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { getTranslations } from 'next-intl/server';
import { getRelatedArticles, getSiteFrame, getStoryNotes, getTopNews, TOP_NEWS_SIZE } from '@/lib/cache/reader';
import { localePath } from '@/lib/site-url';
import { localized } from '@/lib/localized';
import { feedPath } from '@/lib/feed';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from '@/components/site/json-ld';
import { ArticleView } from '@/components/site/article-view';
import { LiveBlog } from '@/components/site/live-blog';
import { getLiveBlog } from '@/lib/live-blog/reader';
import { liveBlogJsonLd } from '@/lib/live-blog/json-ld';
import { liveEntriesPath } from '@/lib/live-blog/paths';
import { withLiveFeed } from '@/lib/live-blog/seo';
import { liveEtag, liveState } from '@/lib/live-blog/view';
import { MostReadBlock } from '@/components/site/most-read-block';
import { ViewBeacon } from '@/components/site/view-beacon';
import { resolveArticle } from '../resolve-article';

export const revalidate = 60;

export function generateStaticParams() {
  return []; // rendered on first request, then served from the cache
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news/[id]/[slug]'>): Promise<Metadata> {
  const [locale, { id, slug }] = await Promise.all([localeParam(params), params]);
  const [found, { settings }, tLive] = await Promise.all([
    resolveArticle(locale, id, slug),
    getSiteFrame(),
    getTranslations({ locale, namespace: 'LiveBlog' }),
  ]);
  const siteName = settings ? localized(settings, 'siteName', found.article.language) : '';
  const metadata = articleMetadata(found, siteName, { path: feedPath('/'), title: siteName });
  const { article } = found;
  return (await getLiveBlog(article.id))
    ? withLiveFeed(metadata, locale, article.id, tLive('feed', { title: article.title }))
    : metadata;
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/news/[id]/[slug]'>) {
  const [locale, { id, slug }] = await Promise.all([localeParam(params), params]);
  setRequestLocale(locale);
  const found = await resolveArticle(locale, id, slug);
  const { article, section } = found;
  const [related, top, { settings }, tMasthead, notes, live] = await Promise.all([
    getRelatedArticles(article.id, section.id, section.slug, locale),
    getTopNews(locale, TOP_NEWS_SIZE),
    getSiteFrame(),
    getTranslations({ locale, namespace: 'Masthead' }),
    getStoryNotes(article.id),
    getLiveBlog(article.id),
  ]);
  return (
    <>
      {settings && (
        <JsonLd
          data={
            live
              ? liveBlogJsonLd(found, settings, tMasthead('home'), live)
              : articleJsonLd(found, settings, tMasthead('home'), notes)
          }
        />
      )}
      <ArticleView
        live={
          live && (
            <LiveBlog
              locale={locale}
              state={liveState(live, locale)}
              etag={liveEtag(article.id, live.blog.version)}
              url={localePath(locale, liveEntriesPath(article.id))}
            />
          )
        }
        locale={locale}
        found={found}
        related={related}
        top={top}
        notes={notes}
        aside={<MostReadBlock locale={locale} />}
      />
      <ViewBeacon id={article.id} />
    </>
  );
}
