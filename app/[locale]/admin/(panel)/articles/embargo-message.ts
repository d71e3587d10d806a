import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime, TIME_ZONE } from '@/lib/dates';

/** Why a story cannot reach readers yet, with the embargo's end in newsroom time, in the editor's language. */
export async function embargoMessage(until: number): Promise<string> {
  const [t, locale] = await Promise.all([getTranslations('AdminErrors'), getLocale()]);
  return t('embargoed', { until: formatDateTime(until, locale === 'en' ? 'en' : 'ar'), zone: TIME_ZONE });
}
