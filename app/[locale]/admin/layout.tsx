import { NextIntlClientProvider } from 'next-intl';
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
  return (
    <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={null}>
      {children}
    </NextIntlClientProvider>
  );
}
