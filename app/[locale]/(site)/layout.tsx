import type { Locale } from '@/i18n/routing';
import { SiteChrome } from '@/components/site/site-chrome';

export default async function SiteLayout({ children, params }: LayoutProps<'/[locale]'>) {
  return <SiteChrome locale={(await params).locale as Locale}>{children}</SiteChrome>;
}
