import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { getOpinionWriters } from '@/lib/cache/reader';
import { pageAlternates } from '@/lib/seo/metadata';
import { OpinionWriters } from '@/components/site/opinion-writers';

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]/writers'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Writers' });
  return { title: t('title'), alternates: pageAlternates(locale, '/writers', []) };
}

/** «كتّاب الرأي»: the edition's opinion writers, each with their photo and latest piece. */
export default async function WritersPage({ params }: PageProps<'/[locale]/writers'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const writers = await getOpinionWriters(locale);
  return <OpinionWriters locale={locale} writers={writers} />;
}
