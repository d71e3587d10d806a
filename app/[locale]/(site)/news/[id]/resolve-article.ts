import { notFound } from 'next/navigation';
import { permanentRedirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getArticle } from '@/db/queries/reader';
import { decodeSlug } from '@/lib/slug';
import { articlePath } from '@/lib/site-url';

const ARTICLE_ID = /^[1-9]\d{0,9}$/;

/** The public article behind /news/<id>/<slug>; anything but its canonical URL redirects there. */
export async function resolveArticle(locale: Locale, idParam: string, slugParam?: string) {
  if (!ARTICLE_ID.test(idParam)) notFound();
  const found = await getArticle(Number(idParam));
  if (!found) notFound();
  const { article } = found;
  if (article.language !== locale || slugParam === undefined || decodeSlug(slugParam) !== article.slug) {
    permanentRedirect({ href: articlePath(article), locale: article.language });
  }
  return found;
}
