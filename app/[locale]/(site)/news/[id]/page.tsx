import type { Locale } from '@/i18n/routing';
import { resolveArticle } from './resolve-article';

/** /news/<id> without a slug: always redirects to the canonical URL (or 404). */
export default async function ArticleIdPage({ params }: PageProps<'/[locale]/news/[id]'>) {
  const { locale, id } = await params;
  await resolveArticle(locale as Locale, id);
  return null;
}
