/** Section, tag and author listings, with or without the English prefix. */
const LISTING_PATH = /^(?:\/en)?\/(?:section|tag|author)\/[^/]+\/?$/;

/**
 * Listings paginate by path (/page/N) so every page is an ISR page; the
 * ?page=N form a reader types or an old link carries answers 308 to it (page 1
 * to the listing itself). A malformed or out-of-range number lands on a path
 * the listing answers with 404.
 */
export function pageQueryRedirect(url: URL): URL | undefined {
  const page = url.searchParams.get('page');
  if (page === null || !LISTING_PATH.test(url.pathname)) return undefined;
  const target = new URL(url);
  target.searchParams.delete('page');
  const base = url.pathname.replace(/\/$/, '');
  target.pathname = page === '1' ? base : `${base}/page/${encodeURIComponent(page || '0')}`;
  return target;
}
