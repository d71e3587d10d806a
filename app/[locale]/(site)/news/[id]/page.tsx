import { localeParam } from '@/i18n/locale-param';
import { resolveArticle } from './resolve-article';

/** /news/<id> without a slug: always redirects to the canonical URL (or 404). */
export default async function ArticleIdPage({ params }: PageProps<'/[locale]/news/[id]'>) {
  const [locale, { id }] = await Promise.all([localeParam(params), params]);
  await resolveArticle(locale, id);
  return null;
}
