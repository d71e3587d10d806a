import type { ComponentProps } from 'react';
import { localePath, readablePath } from '@/lib/site-url';
import type { Locale } from './routing';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string; locale: Locale };

/**
 * The reader pages' link: a plain <a> with the locale's prefix, rendered on the
 * server. Reader pages are cached HTML, so a click loads the next one whole
 * rather than through Next's client router; in exchange no link component is
 * hydrated per link, and a phone does not prefetch every link that scrolls
 * into view (on the front page, a dozen requests the moment it loads). Its
 * address keeps Arabic letters as letters (readablePath).
 * Admin pages keep the client-side Link of ./navigation. Not built on that
 * module's getPathname: importing it would bring its client Link's code (and
 * next-intl's client runtime) into every reader page.
 */
export function DocumentLink({ href, locale, ...attributes }: Props) {
  return <a href={readablePath(localePath(locale, href))} {...attributes} />;
}
