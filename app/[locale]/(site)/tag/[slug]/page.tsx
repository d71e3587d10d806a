import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getTagPage } from '@/db/queries/reader';
import { decodeSlug } from '@/lib/slug';
import { parsePageParam } from '@/lib/pagination';
import { listingRobots, pageAlternates } from '@/lib/seo/metadata';
import { ListingPage } from '@/components/site/listing-page';
import { resolveListing } from '../../resolve-listing';
import { tagPath } from '@/lib/site-url';

type Props = PageProps<'/[locale]/tag/[slug]'>;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as Locale;
  const [data, t] = await Promise.all([getTagPage(decodeSlug(slug), locale, 1), getTranslations({ locale, namespace: 'Listing' })]);
  if (!data) return {};
  const page = parsePageParam((await searchParams).page) ?? 1;
  return {
    title: t('tagTitle', { tag: data.subject.name }),
    alternates: pageAlternates(locale, tagPath(data.subject.slug), [], page > 1 ? `?page=${page}` : ''),
    robots: listingRobots(page),
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const [t, { data, page, totalPages }] = await Promise.all([
    getTranslations({ locale, namespace: 'Listing' }),
    resolveListing((await searchParams).page, (page) => getTagPage(decodeSlug(slug), locale, page)),
  ]);
  return (
    <ListingPage
      locale={locale}
      title={t('tagTitle', { tag: data.subject.name })}
      stories={data.stories}
      total={data.total}
      page={page}
      totalPages={totalPages}
      basePath={tagPath(data.subject.slug)}
    />
  );
}
