import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { getCorrectionsPage, getSiteFrame } from '@/lib/cache/reader';
import { feedPath } from '@/lib/feed';
import { localized } from '@/lib/localized';
import { listingRobots, pageAlternates } from '@/lib/seo/metadata';
import { listingPagePath } from '@/lib/site-url';
import { CorrectionList } from '@/components/site/correction-list';
import { resolveListing } from '../resolve-listing';

// «تصحيحات»: every correction to a public story of this edition, newest first,
// paginated by path like the other listings (/corrections/page/2).

export const CORRECTIONS_PATH = '/corrections';

type Props = { params: Promise<{ locale: string; n?: string }> };

async function resolve({ params }: Props) {
  const [locale, { n }] = await Promise.all([localeParam(params), params]);
  const listing = await resolveListing(n ?? '1', (page) => getCorrectionsPage(locale, page));
  return { locale, ...listing };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ locale, page }, { settings }] = await Promise.all([resolve(props), getSiteFrame()]);
  const t = await getTranslations({ locale, namespace: 'Corrections' });
  const siteFeed = { path: feedPath('/'), title: settings ? localized(settings, 'siteName', locale) : '' };
  return {
    title: t('pageTitle'),
    description: t('pageIntro'),
    alternates: pageAlternates(locale, listingPagePath(CORRECTIONS_PATH, page), [siteFeed]),
    robots: listingRobots(page),
  };
}

export async function CorrectionsPage(props: Props) {
  const { locale, data, page, totalPages } = await resolve(props);
  setRequestLocale(locale);
  return (
    <CorrectionList
      locale={locale}
      rows={data.rows}
      total={data.total}
      page={page}
      totalPages={totalPages}
      basePath={CORRECTIONS_PATH}
    />
  );
}
