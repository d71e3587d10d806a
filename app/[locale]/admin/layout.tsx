import { NextIntlClientProvider } from 'next-intl';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { localeParam } from '@/i18n/locale-param';
import { TIME_ZONE } from '@/lib/dates';

/**
 * The intl provider, for the admin only: its client-side links and router read
 * the locale from it. Reader pages render their links on the server and so
 * ship none of the provider's code. Locale only: client pieces get their few
 * strings as props, so no messages ship to the browser.
 */
export default async function AdminRootLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const locale = await localeParam(params);
  // proxy.ts gives admin paths the nonce policy and no-store. A URL it took for
  // a reader's (an encoding it did not foresee, a path its matcher skips) would
  // render the admin under the reader's policy: such a URL has no admin page.
  if (!(await headers()).get('content-security-policy')?.includes("'nonce-")) notFound();
  return (
    <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={null}>
      {children}
    </NextIntlClientProvider>
  );
}
