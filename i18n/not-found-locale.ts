import { getLocale } from 'next-intl/server';
import { localeParam } from './locale-param';
import type { Locale } from './routing';

/**
 * What a not-found boundary is given. Next gives a boundary no props, except
 * when our patch (patches/next+16.4.6.patch, vercel/next.js#62228) renders the
 * boundary on the server as the page of its segment, with the route's params.
 */
export type NotFoundProps = { params?: Promise<{ locale: string }> };

/**
 * The 404's language. Read from the route's params when there are some: a
 * page runs beside its layouts, not after them, so the layout's
 * setRequestLocale may not have run yet, and next-intl would fall back to the
 * request's headers, which turns a cached (ISR) 404 into a failed render.
 */
export async function notFoundLocale({ params }: NotFoundProps): Promise<Locale> {
  return params ? localeParam(params) : getLocale();
}
