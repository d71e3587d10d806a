import { Link } from '@/i18n/navigation';
import { articlePath } from '@/lib/site-url';
import { isPublic } from '@/lib/stories/workflow';
import { ArticleEditor } from '../article-editor';
import { StoryEmbargo } from '../story-embargo';
import { StoryNotes } from '../story-notes';
import { StoryReview } from '../story-review';
import { LiveBlogPanel } from './live-panel';
import { staffStoryPage } from '../../../story-page';

/** Readers see it now (a scheduled story whose time has come too); read outside rendering, as it reads the clock. */
const liveNow = (story: Parameters<typeof isPublic>[0]) => isPublic(story, Date.now());

export default async function EditArticlePage({ params, searchParams }: PageProps<'/[locale]/admin/articles/[id]'>) {
  const { locale, user, t, found } = await staffStoryPage(params);
  const { done, restore } = await searchParams;
  const { article } = found;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('form.editTitle')}</h1>
        <div className="flex gap-4 text-sm font-bold text-brand">
          <Link href={`/admin/articles/${article.id}/preview`}>{t('form.preview')}</Link>
          <Link href={`/admin/articles/${article.id}/revisions`}>{t('revisions.link')}</Link>
          {liveNow(article) && (
            <Link href={articlePath(article)} locale={article.language}>
              {t('form.view')}
            </Link>
          )}
        </div>
      </div>
      <StoryReview locale={locale} user={user} article={article} />
      {article.status !== 'deleted' && <StoryEmbargo locale={locale} user={user} article={article} />}
      <ArticleEditor
        locale={locale}
        user={user}
        found={found}
        done={typeof done === 'string' ? done : undefined}
        restoreAutosave={restore === 'autosave'}
      />
      <StoryNotes locale={locale} user={user} article={article} />
      <LiveBlogPanel locale={locale} user={user} article={article} />
    </>
  );
}
