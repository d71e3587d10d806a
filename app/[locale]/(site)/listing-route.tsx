import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound, permanentRedirect } from 'next/navigation';
import { localeParam } from '@/i18n/locale-param';
import { routing, type Locale } from '@/i18n/routing';
import type { ArticleCard } from '@/db/queries/articles';
import { getSiteFrame, LISTING_PAGE_SIZE } from '@/lib/cache/reader';
import { pageCount } from '@/lib/pagination';
import { decodeSlug } from '@/lib/text/slug';
import { localized } from '@/lib/localized';
import { feedPath } from '@/lib/feed';
import { listingPagePath, localePath } from '@/lib/site-url';
import { listingRobots, pageAlternates } from '@/lib/seo/metadata';
import { ListingPage } from '@/components/site/listing-page';
import { resolveListing } from './resolve-listing';

/** Section, tag and author listings: page 1 at /<kind>/<slug>, later pages at /<kind>/<slug>/page/<n>. */
type ListingProps = { params: Promise<{ locale: string; slug: string; n?: string }> };

export type ListingKind<Data extends { total: number; stories: ArticleCard[] }> = {
  load: (slug: string, locale: Locale, page: number) => Promise<Data | undefined>;
  title: (data: Data, locale: Locale) => Promise<string>;
  path: (data: Data) => string;
  /** Sections have their own feed. */
  hasFeed?: boolean;
  /** A section's own page does not label each story with the section. */
  showSection?: boolean;
  /**
   * Tags and authors span both editions: one with no story in this edition has
   * no page here (404, and no hreflang pointing at it). A section is a page of
   * both editions even while empty.
   */
  emptyIsMissing?: boolean;
  /** What the page shows under its title. */
  intro?: (data: Data, locale: Locale) => React.ReactNode;
  /** The listing's path now, for an old slug (a renamed tag): its URLs answer 308 there. */
  movedTo?: (slug: string) => Promise<string | undefined>;
};

/**
 * The page number is part of the path, not the query, so every page of a
 * listing is a static page regenerated in the background (ISR) instead of a
 * render per request.
 */
export function listingRoute<Data extends { total: number; stories: ArticleCard[] }>(kind: ListingKind<Data>) {
  async function resolve({ params }: ListingProps) {
    const [locale, { slug, n }] = await Promise.all([localeParam(params), params]);
    // "/page/1" is never linked: page 1 is the listing's own address.
    if (n === '1') notFound();
    // Only a slug with no listing is looked up among the old ones.
    const redirectIfMoved = async () => {
      const moved = await kind.movedTo?.(decodeSlug(slug));
      if (moved) permanentRedirect(localePath(locale, n ? `${moved}/page/${encodeURIComponent(n)}` : moved));
    };
    const listing = await resolveListing(n, (page) => kind.load(decodeSlug(slug), locale, page), redirectIfMoved);
    if (kind.emptyIsMissing && listing.data.total === 0) notFound();
    return {
      locale,
      slug: decodeSlug(slug),
      ...listing,
      title: await kind.title(listing.data, locale),
      path: kind.path(listing.data),
    };
  }

  /** The editions that have this page of the listing (page 1 of an empty section counts; of a tag or author it does not). */
  async function editions(slug: string, page: number): Promise<Locale[]> {
    const firstPages = await Promise.all(routing.locales.map((other) => kind.load(slug, other, 1)));
    return routing.locales.filter((_, index) => {
      const total = firstPages[index]?.total;
      if (total === undefined || (kind.emptyIsMissing && total === 0)) return false;
      return page <= pageCount(total, LISTING_PAGE_SIZE);
    });
  }

  async function generateMetadata(props: ListingProps): Promise<Metadata> {
    const [{ locale, slug, page, title, path }, { settings }] = await Promise.all([resolve(props), getSiteFrame()]);
    const siteFeed = { path: feedPath('/'), title: settings ? localized(settings, 'siteName', locale) : '' };
    const feeds = kind.hasFeed ? [{ path: feedPath(path), title }, siteFeed] : [siteFeed];
    return {
      title,
      alternates: pageAlternates(locale, listingPagePath(path, page), feeds, '', await editions(slug, page)),
      robots: listingRobots(page),
    };
  }

  async function Page(props: ListingProps) {
    const { locale, data, page, totalPages, title, path } = await resolve(props);
    setRequestLocale(locale);
    return (
      <ListingPage
        locale={locale}
        title={title}
        stories={data.stories}
        total={data.total}
        page={page}
        totalPages={totalPages}
        basePath={path}
        showSection={kind.showSection ?? true}
        intro={kind.intro?.(data, locale)}
      />
    );
  }

  return { generateMetadata, Page };
}
