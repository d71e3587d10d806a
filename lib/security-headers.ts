// Security headers, in one place for next.config.ts (every response, fixed at
// build) and proxy.ts (every page, decided per request at run time). Why two
// script policies:
// - Reader pages are ISR/static so a CDN and Next's cache can serve them. A
//   nonce changes per request, so it would make every one of them dynamic;
//   and Next's inline bootstrap (self.__next_f.push(...), a different payload
//   per page and per regeneration) cannot be listed by hash. They get
//   script-src 'self' 'unsafe-inline' with inline event-handler attributes
//   forbidden (script-src-attr 'none'), which is what a sanitised body would
//   need to run code; article bodies are sanitised server-side as well. The
//   strict policy rides along as Report-Only on a sample of views
//   (CSP_REPORT_SAMPLE), so what it would refuse is seen (app/api/csp-report):
//   it refuses Next's bootstrap on every view, so on all of them it would cost
//   the origin a post per view and every reader a console issue.
// - Admin pages are rendered per request anyway (session cookie), so they get
//   the strict policy: a fresh nonce and 'strict-dynamic', no inline script
//   without it.
// Styles keep 'unsafe-inline' on both: next/image and Tiptap set style
// attributes and Tiptap injects a <style> element, and CSS cannot run code.

import { isLocale } from '../i18n/routing';
import { env } from './env';
import { FRAME_ORIGINS } from './embeds/providers';

/** Where browsers send what a policy refused (app/api/csp-report/route.ts). */
export const CSP_REPORT_PATH = '/api/csp-report';
const REPORT_GROUP = 'csp';

// React's development build evaluates code to rebuild server stacks; production never does.
const isDev = env.NODE_ENV === 'development';

type Scripts = { nonce: string } | 'inline' | 'strict';

function policy(scripts: Scripts, servedOverHttps: boolean): string {
  const sources =
    scripts === 'inline'
      ? `'self' 'unsafe-inline'`
      : scripts === 'strict'
        ? // The first characters of a refused script come with the report: Next's own bootstrap is told from the rest by them.
          `'self' 'report-sample'`
        : `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    `script-src ${sources}${isDev ? " 'unsafe-eval'" : ''}`,
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    // Sanitised article bodies may carry https images from elsewhere.
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    // Exactly the embed providers' players, loaded only when a reader clicks one (lib/embeds/providers.ts).
    `frame-src ${FRAME_ORIGINS.join(' ')}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Browsers ignore upgrade-insecure-requests in a Report-Only policy, with a console warning.
    ...(servedOverHttps && scripts !== 'strict' ? ['upgrade-insecure-requests'] : []),
    ...(scripts === 'strict' ? [`report-uri ${CSP_REPORT_PATH}`, `report-to ${REPORT_GROUP}`] : []),
  ].join('; ');
}

const overHttps = (siteUrl: string) => siteUrl.startsWith('https://');
const STRICT_TRANSPORT = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' };

/** Whether this view of a reader page also gets the strict policy, reported only (CSP_REPORT_SAMPLE). */
export const sampledForStrictReport = (draw = Math.random()) => draw < env.CSP_REPORT_SAMPLE;

/**
 * The headers the proxy puts on a page, replacing next.config's. HSTS and
 * upgrade-insecure-requests follow the SITE_URL the server runs with, not the
 * one it was built with: the same build is started on other origins (workers
 * behind the edge, the tests' side servers), so refusing a SITE_URL other than
 * the build's would refuse those, and the scheme is all these headers need.
 * Admin pages (a nonce) never get the reported policy: theirs is the strict one.
 */
export function pageSecurityHeaders(
  nonce: string | undefined,
  siteUrl = env.SITE_URL,
  reportStrict = sampledForStrictReport(),
): Record<string, string> {
  const https = overHttps(siteUrl);
  return {
    'Content-Security-Policy': policy(nonce ? { nonce } : 'inline', https),
    ...(reportStrict && !nonce
      ? {
          'Content-Security-Policy-Report-Only': policy('strict', https),
          'Reporting-Endpoints': `${REPORT_GROUP}="${CSP_REPORT_PATH}"`,
        }
      : {}),
    ...(https ? { [STRICT_TRANSPORT.key]: STRICT_TRANSPORT.value } : {}),
  };
}

/**
 * Whether Next would route the path to the admin area. Next decodes each
 * segment before matching ("/%61dmin" is "/admin"), so the decision is made on
 * the decoded path with empty and dot segments dropped; "%2F" counts as a
 * separator here, which can only make more paths admin ones (the stricter policy).
 */
export function isAdminPath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Undecodable paths are refused before this (lib/request-guard.ts); treat one as admin to be safe.
    return true;
  }
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  const [first, second] = segments;
  return first === 'admin' || (first !== undefined && isLocale(first) && second === 'admin');
}

// On every response (next.config.ts), fixed at build: what the proxy does not
// see (files, API routes, sitemaps) keeps these; pages get pageSecurityHeaders.
// No page of the portal is meant to be framed, the admin least of all.
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: policy('inline', overHttps(env.SITE_URL)) },
  ...(overHttps(env.SITE_URL) ? [STRICT_TRANSPORT] : []),
];
