import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { directionOf } from '@/i18n/routing';
import { getRelatedArticles, getTopNews, TOP_NEWS_SIZE } from '@/lib/cache/reader';
import { isPublic } from '@/lib/stories/workflow';
import { siteChromeData } from '@/lib/site-chrome';
import { ArticleView } from '@/components/site/article-view';
import { SiteChrome } from '@/components/site/site-chrome';
import { staffStoryPage } from '../../../../story-page';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * A story exactly as readers will see it — the reader site's masthead, sidebar
 * and footer in the story's own language — for staff only. Outside the admin
 * panel's layout, so it checks the session itself.
 */
export default async function PreviewPage({ params }: PageProps<'/[locale]/admin/articles/[id]/preview'>) {
  const { t, found } = await staffStoryPage(params);
  const { article, section } = found;
  const language = article.language;
  const [related, top, chrome] = await Promise.all([
    getRelatedArticles(article.id, section.id, section.slug, language),
    getTopNews(language, TOP_NEWS_SIZE),
    siteChromeData(language),
  ]);
  const preview = {
    ...found,
    article: { ...article, publishedAt: article.publishedAt ?? article.updatedAt },
    translation: null,
  };
  return (
    <>
      <p
        role="status"
        className="flex flex-wrap items-center gap-x-4 bg-yellow-100 p-3 font-bold text-ink dark:bg-yellow-900 dark:text-paper"
      >
        {isPublic(article, chrome.now) ? t('previewPublic') : t('preview')}
        <Link href={`/admin/articles/${article.id}`} className="underline">
          {t('form.backToEditor')}
        </Link>
      </p>
      <div lang={language} dir={directionOf(language)}>
        <SiteChrome locale={language} {...chrome}>
          <ArticleView locale={language} found={preview} related={related} top={top} />
        </SiteChrome>
      </div>
    </>
  );
}
