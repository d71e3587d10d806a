import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { requireStaff } from '@/lib/auth/session';
import { ArticleEditor } from '../article-editor';

export default async function NewArticlePage({ params, searchParams }: PageProps<'/[locale]/admin/articles/new'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const [user, t] = await Promise.all([
    requireStaff(locale, 'article.create'),
    getTranslations({ locale, namespace: 'Admin' }),
  ]);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t('form.newTitle')}</h1>
      <ArticleEditor
        locale={locale}
        user={user}
        restoreAutosave={(await searchParams).restore === 'autosave'}
        createKey={crypto.randomUUID()}
      />
    </>
  );
}
