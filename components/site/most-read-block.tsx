import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { MostRead } from './most-read';

/** «الأكثر قراءة» with its labels in the page's language (the lists come from the browser). */
export async function MostReadBlock({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'MostRead' });
  return (
    <MostRead locale={locale} labels={{ title: t('title'), windows: t('windows'), day: t('day'), week: t('week') }} />
  );
}
