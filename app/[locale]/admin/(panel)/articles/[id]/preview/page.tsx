import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { articleForEditing } from '@/db/queries/editorial';
import { requireUser } from '@/lib/auth/session';
import { canEditArticle } from '@/lib/auth/permissions';
import { ArticleView } from '@/components/site/article-view';

/** A story exactly as readers will see it, for staff only (the admin layout has checked the session). */
export default async function PreviewPage({ params }: PageProps<'/[locale]/admin/articles/[id]/preview'>) {
  const { locale: rawLocale, id } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  if (!/^\d{1,10}$/.test(id)) notFound();
  const [user, found, t] = await Promise.all([requireUser(locale), articleForEditing(Number(id)), getTranslations({ locale, namespace: 'Admin' })]);
  if (!found || !canEditArticle(user, found.article)) notFound();
  const preview = { ...found, article: { ...found.article, publishedAt: found.article.publishedAt ?? found.article.updatedAt }, translation: null };
  return (
    <>
      <p role="status" className="mb-6 rounded bg-yellow-100 p-3 font-bold text-ink dark:bg-yellow-900">
        {t('preview')}
      </p>
      <ArticleView locale={found.article.language} found={preview} related={[]} top={[]} shareUrl="" />
    </>
  );
}
