import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { guardRequest } from './lib/request-guard';

const localeRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const refused = guardRequest({ method: request.method, headers: request.headers, rawPath: new URL(request.url).pathname });
  if (refused) return new NextResponse(null, { status: refused.status });
  // Sitemaps are matched only for the guard above; they have no locale prefix.
  if (request.nextUrl.pathname.startsWith('/sitemaps/')) return NextResponse.next();
  return localeRouting(request);
}

export const config = {
  // Everything but Next internals, API routes and static files; feeds (.xml) do go through.
  matcher: ['/((?!api/|_next/|_vercel/|demo/|sitemaps/|sitemap\\.xml$|robots\\.txt$|favicon\\.ico$|.*\\.(?:png|jpe?g|webp|avif|svg|ico|css|js|woff2?)$).*)', '/sitemaps/:path*'],
};
