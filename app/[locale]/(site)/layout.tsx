import { localeParam } from '@/i18n/locale-param';
import { siteChromeData } from '@/lib/site-chrome';
import { SiteChrome } from '@/components/site/site-chrome';

export default async function SiteLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await localeParam(params);
  return (
    <SiteChrome locale={locale} {...await siteChromeData(locale)}>
      {children}
    </SiteChrome>
  );
}
