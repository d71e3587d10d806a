import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything but Next internals, API routes and static files; feeds (.xml) do go through.
  matcher: ['/((?!api/|_next/|_vercel/|demo/|sitemaps/|sitemap\\.xml$|robots\\.txt$|favicon\\.ico$|.*\\.(?:png|jpe?g|webp|avif|svg|ico|css|js|woff2?)$).*)'],
};
