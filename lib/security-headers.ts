// Security headers, in one place for next.config.ts (every response) and
// proxy.ts (the admin's per-request nonce). Why two script policies:
// - Reader pages are ISR/static so a CDN and Next's cache can serve them. A
//   nonce changes per request, so it would make every one of them dynamic;
//   and Next's inline bootstrap (self.__next_f.push(...), a different payload
//   per page and per regeneration) cannot be listed by hash. They get
//   script-src 'self' 'unsafe-inline' with inline event-handler attributes
//   forbidden (script-src-attr 'none'), which is what a sanitised body would
//   need to run code; article bodies are sanitised server-side as well.
// - Admin pages are rendered per request anyway (session cookie), so they get
//   the strict policy: a fresh nonce and 'strict-dynamic', no inline script
//   without it.
// Styles keep 'unsafe-inline' on both: next/image and Tiptap set style
// attributes and Tiptap injects a <style> element, and CSS cannot run code.

import { routing } from '../i18n/routing';
import { env } from './env';

export const servedOverHttps = env.SITE_URL.startsWith('https://');
// React's development build evaluates code to rebuild server stacks; production never does.
const isDev = env.NODE_ENV === 'development';

export function contentSecurityPolicy(nonce?: string): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : `'self' 'unsafe-inline'`;
  return [
    "default-src 'self'",
    `script-src ${scripts}${isDev ? " 'unsafe-eval'" : ''}`,
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    // Sanitised article bodies may carry https images from elsewhere.
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(servedOverHttps ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

// The admin area under any locale prefix, as a RegExp for the proxy and as a
// next.config `source` (path-to-regexp) for everything else.
const adminPrefix = `(?:(?:${routing.locales.join('|')})/)?admin(?:/|$)`;
export const isAdminPath = (pathname: string) => new RegExp(`^/${adminPrefix}`).test(pathname);
export const NON_ADMIN_SOURCE = `/:path((?!${adminPrefix}).*)`;

// On every response. No page of the portal is meant to be framed, the admin least of all.
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  ...(servedOverHttps ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
];
