import 'server-only';
import { isLocale, type Locale } from '@/i18n/routing';
import { maxArticleId } from '@/db/queries/articles';
import { getArticle, getSiteFrame } from '@/lib/cache/reader';
import { rssResponse } from '@/lib/feed';
import { buildLiveFeed } from './feed';
import { getLiveBlog } from './reader';
import { liveEtag, liveState } from './view';

// The edge (and any shared cache) keeps an answer 5 s, so a crowd polling one blog costs the origin one request
// per 5 s per edge node; browsers keep nothing and ask again (with the ETag, answered 304 when nothing moved).
const POLL_CACHE_CONTROL = 'public, max-age=0, s-maxage=5';

const ARTICLE_ID = /^[1-9]\d{0,9}$/;

/** The live blog behind a URL's locale and id, if it is public in that locale. */
async function publicBlog(rawLocale: string, rawId: string) {
  // Ids past the newest story are refused before the cached read, so walking ids cannot fill the cache with misses.
  if (!isLocale(rawLocale) || !ARTICLE_ID.test(rawId) || Number(rawId) > maxArticleId()) return undefined;
  const id = Number(rawId);
  const [found, live] = await Promise.all([getArticle(id), getLiveBlog(id)]);
  return found && live && found.article.language === rawLocale
    ? { found, live, locale: rawLocale as Locale }
    : undefined;
}

/** GET /news/<id>/live.json: the blog's state, or 304 when the poller's ETag names the current version. */
export async function liveEntriesResponse(request: Request, rawLocale: string, rawId: string): Promise<Response> {
  const blog = await publicBlog(rawLocale, rawId);
  if (!blog) return new Response(null, { status: 404, headers: { 'Cache-Control': POLL_CACHE_CONTROL } });
  const etag = liveEtag(blog.live.blog.articleId, blog.live.blog.version);
  const headers = { 'Cache-Control': POLL_CACHE_CONTROL, ETag: etag };
  if (
    request.headers
      .get('if-none-match')
      ?.split(/\s*,\s*/)
      .includes(etag)
  )
    return new Response(null, { status: 304, headers });
  return Response.json(liveState(blog.live, blog.locale), { headers });
}

/** GET /news/<id>/rss.xml: the blog's entries as RSS. */
export async function liveFeedResponse(rawLocale: string, rawId: string): Promise<Response> {
  const [blog, { settings }] = await Promise.all([publicBlog(rawLocale, rawId), getSiteFrame()]);
  if (!blog || !settings)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return rssResponse(buildLiveFeed(blog.found, blog.live, settings));
}
