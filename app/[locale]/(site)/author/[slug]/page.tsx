import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getAuthorPage } from '@/db/queries/reader';
import { decodeSlug } from '@/lib/slug';
import { authorName } from '@/lib/localized';
import { parsePageParam } from '@/lib/pagination';
import { listingRobots, pageAlternates } from '@/lib/seo/metadata';
import { ListingPage } from '@/components/site/listing-page';
import { resolveListing } from '../../resolve-listing';
import { authorPath } from '@/lib/site-url';

type Props = PageProps<'/[locale]/author/[slug]'>;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as Locale;
  const [data, t] = await Promise.all([getAuthorPage(decodeSlug(slug), locale, 1), getTranslations({ locale, namespace: 'Listing' })]);
  if (!data) return {};
  const page = parsePageParam((await searchParams).page) ?? 1;
  return {
    title: t('authorTitle', { author: authorName(data.subject, locale) }),
    alternates: pageAlternates(locale, authorPath(data.subject.slug), [], page > 1 ? `?page=${page}` : ''),
    robots: listingRobots(page),
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const [t, { data, page, totalPages }] = await Promise.all([
    getTranslations({ locale, namespace: 'Listing' }),
    resolveListing((await searchParams).page, (page) => getAuthorPage(decodeSlug(slug), locale, page)),
  ]);
  return (
    <ListingPage
      locale={locale}
      title={t('authorTitle', { author: authorName(data.subject, locale) })}
      stories={data.stories}
      total={data.total}
      page={page}
      totalPages={totalPages}
      basePath={authorPath(data.subject.slug)}
    />
  );
}
