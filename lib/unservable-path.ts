import { routing } from '@/i18n/routing';

// Paths no page of the portal has, which Next would still try to cache under
// their own name once a listing or article route answered them with its 404: a
// control character (NUL makes a cache file's name invalid) or a segment
// longer than any slug (too long for a file name, and for the cache tags Next
// accepts: it refused them with a warning per request). Each refusal or failed
// write was logged, so any visitor could fill the server's log.

/** Slugs are at most 80 characters (lib/text/slug.ts); ids and page numbers far fewer. */
const LONGEST_SEGMENT = 200;
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F]/;

/** Whether a (decoded) path can name no page of the portal. */
export function isUnservablePath(path: string): boolean {
  return CONTROL_CHARACTER.test(path) || path.split('/').some((segment) => segment.length > LONGEST_SEGMENT);
}

/**
 * Where such a path is answered instead: the catch-all 404 page of its edition,
 * rendered per request rather than cached under the path's name.
 */
export function missingPagePath(path: string): string {
  const edition = routing.locales.find((locale) => path === `/${locale}` || path.startsWith(`/${locale}/`));
  return `/${edition ?? routing.defaultLocale}/missing`;
}
