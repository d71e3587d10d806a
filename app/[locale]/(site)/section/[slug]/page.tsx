import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getSectionPage } from '@/db/queries/reader';
import { sectionName } from '@/lib/localized';
import { decodeSlug } from '@/lib/slug';
import { parsePageParam } from '@/lib/pagination';
import { feedPath } from '@/lib/feed';
import { listingRobots, pageAlternates } from '@/lib/seo/metadata';
import { ListingPage } from '@/components/site/listing-page';
import { resolveListing } from '../../resolve-listing';
import { sectionPath } from '@/lib/site-url';

type Props = PageProps<'/[locale]/section/[slug]'>;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as Locale;
  const data = await getSectionPage(decodeSlug(slug), locale, 1);
  if (!data) return {};
  const page = parsePageParam((await searchParams).page) ?? 1;
  const title = sectionName(data.subject, locale);
  const path = sectionPath(data.subject.slug);
  return {
    title,
    alternates: pageAlternates(locale, path, [{ path: feedPath(path), title }], page > 1 ? `?page=${page}` : ''),
    robots: listingRobots(page),
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const { data, page, totalPages } = await resolveListing((await searchParams).page, (page) =>
    getSectionPage(decodeSlug(slug), locale, page),
  );
  return (
    <ListingPage
      locale={locale}
      title={sectionName(data.subject, locale)}
      stories={data.stories}
      total={data.total}
      page={page}
      totalPages={totalPages}
      basePath={sectionPath(data.subject.slug)}
      showSection={false}
    />
  );
}
