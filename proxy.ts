import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { forgetUntrustedForwardedFor } from './lib/client-address';
import { pageQueryRedirect } from './lib/page-query';
import { guardRequest } from './lib/request-guard';
import { isUnservablePath, missingPagePath } from './lib/unservable-path';
import { isAdminPath, pageSecurityHeaders } from './lib/security-headers';
import { edgeKeysFor, edgeKeysHeader } from './lib/cache/edge-keys';

const handleI18nRouting = createMiddleware(routing);

// Locale routing, plus what only a proxy can do before rendering: refuse
// requests Next would answer with a 500 (lib/request-guard.ts), answer paths
// no page has without caching them (lib/unservable-path.ts), send ?page=N
// listings to their /page/N path (lib/page-query.ts), drop an
// X-Forwarded-For no trusted proxy wrote (lib/client-address.ts), and give
// every page its security headers as the server runs (lib/security-headers.ts):
// admin pages a fresh CSP nonce, which Next reads from the request's policy
// and puts on its own scripts (admin pages are rendered per request anyway).
export default function proxy(request: NextRequest) {
  const refused = guardRequest({
    method: request.method,
    headers: request.headers,
    rawPath: new URL(request.url).pathname,
  });
  if (refused) return new NextResponse(null, { status: refused.status });
  // API routes (the CSP report endpoint rate-limits by address) see only a forwarded address a trusted proxy wrote.
  forgetUntrustedForwardedFor(request.headers);
  // Sitemaps and API routes are matched only for the guard above (and sitemaps
  // for their edge keys); they have no locale prefix.
  if (/^\/api\//.test(request.nextUrl.pathname)) return NextResponse.next({ request: { headers: request.headers } });
  if (/^\/(sitemaps\/|sitemap\.xml$)/.test(request.nextUrl.pathname)) return withEdgeKeys(NextResponse.next(), request);
  const path = decodeURIComponent(request.nextUrl.pathname);
  if (isUnservablePath(path))
    return withHeaders(
      NextResponse.rewrite(new URL(missingPagePath(path), request.url)),
      pageSecurityHeaders(undefined),
    );
  const pageRedirect = pageQueryRedirect(request.nextUrl);
  if (pageRedirect) return NextResponse.redirect(pageRedirect, 308);
  if (!isAdminPath(request.nextUrl.pathname))
    return withHeaders(withEdgeKeys(handleI18nRouting(request), request), pageSecurityHeaders(undefined));
  const headers = pageSecurityHeaders(btoa(crypto.randomUUID()));
  request.headers.set('Content-Security-Policy', headers['Content-Security-Policy']);
  const response = withHeaders(handleI18nRouting(request), headers);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

function withHeaders(response: NextResponse, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** Files a public response at the edge under the cache tags its page reads (lib/cache/edge-keys.ts). */
function withEdgeKeys(response: NextResponse, request: NextRequest) {
  response.headers.set('xkey', edgeKeysHeader(edgeKeysFor(request.nextUrl.pathname)));
  return response;
}

export const config = {
  // Everything but Next internals, API routes and static files; feeds (.xml) do go through.
  matcher: [
    '/((?!api/|_next/|_vercel/|demo/|sitemaps/|sitemap\\.xml$|robots\\.txt$|favicon\\.ico$|.*\\.(?:png|jpe?g|webp|avif|svg|ico|css|js|woff2?)$).*)',
    '/sitemaps/:path*',
    '/sitemap.xml',
    '/api/:path*',
  ],
};
