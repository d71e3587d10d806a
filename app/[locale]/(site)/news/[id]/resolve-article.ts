// next/navigation's redirect, not the i18n module's: importing that module would
// bring its client Link's code into the article page (see i18n/document-link.tsx).
import { notFound, permanentRedirect } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { getArticle } from '@/lib/cache/reader';
import { maxArticleId } from '@/db/queries/articles';
import { decodeSlug } from '@/lib/text/slug';
import { articlePath, localePath } from '@/lib/site-url';

const ARTICLE_ID = /^[1-9]\d{0,9}$/;

/** The public article behind /news/<id>/<slug>; anything but its canonical URL redirects there. */
export async function resolveArticle(locale: Locale, idParam: string, slugParam?: string) {
  // Ids past the newest story are refused before the cached read, so walking
  // /news/1…N cannot fill the cache with misses.
  if (!ARTICLE_ID.test(idParam) || Number(idParam) > maxArticleId()) notFound();
  const found = await getArticle(Number(idParam));
  if (!found) notFound();
  const { article } = found;
  if (article.language !== locale || slugParam === undefined || decodeSlug(slugParam) !== article.slug) {
    permanentRedirect(localePath(article.language, articlePath(article)));
  }
  return found;
}
