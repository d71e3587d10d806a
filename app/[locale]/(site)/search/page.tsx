import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import { localeParam } from '@/i18n/locale-param';
import type { Locale } from '@/i18n/routing';
import { getSiteFrame, LISTING_PAGE_SIZE } from '@/lib/cache/reader';
import { searchPage } from '@/lib/cache/search-pages';
import { queryTerms } from '@/lib/text/arabic-search';
import { sectionName } from '@/lib/localized';
import { pageCount } from '@/lib/pagination';
import { MAX_QUERY_LENGTH, parseSearchParams, type SearchRequest } from '@/lib/search-params';
import { SearchFilters } from '@/components/site/search-filters';
import { SearchResults } from '@/components/site/search-results';
import { Pagination } from '@/components/site/pagination';
import { sectionPath } from '@/lib/site-url';

type Props = PageProps<'/[locale]/search'>;

/** The reader's words inside a sentence of the other direction. */
const isolate = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: 'Search' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

/** The words and filters a results page links onward with. */
function carriedParams(request: SearchRequest): Record<string, string> {
  const entries = {
    q: request.query,
    section: request.sectionSlug,
    from: request.fromDay,
    to: request.toDay,
    sort: request.sort === 'newest' ? 'newest' : undefined,
  };
  return Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** The page of hits the reader asked for, among the stories public now. */
function searchHits(request: SearchRequest, locale: Locale, sectionId: number | undefined) {
  const { query, from, to, sort, page } = request;
  return searchPage(
    { query, language: locale, sectionId, from, to, sort },
    Date.now(),
    LISTING_PAGE_SIZE,
    (page - 1) * LISTING_PAGE_SIZE,
  );
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const request = parseSearchParams(await searchParams);
  const [t, { sections }] = await Promise.all([getTranslations({ locale, namespace: 'Search' }), getSiteFrame()]);
  const section = sections.find((candidate) => candidate.slug === request.sectionSlug);
  const searchable = request.query !== '' && !request.tooLong && queryTerms(request.query).length > 0;
  const { total, atLeast, hits } = searchable
    ? await searchHits(request, locale, section?.id)
    : { total: 0, atLeast: false, hits: [] };

  const notice =
    request.query === ''
      ? t('emptyQuery')
      : request.tooLong
        ? t('tooLong', { max: String(MAX_QUERY_LENGTH) })
        : !searchable
          ? t('noWords')
          : null;

  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="mb-4 text-3xl font-bold">
        {searchable ? t.rich('resultsFor', { query: request.query, q: isolate }) : t('title')}
      </h1>
      <SearchFilters locale={locale} request={request} sections={sections} />
      {request.invalidDate && <p className="mb-4 text-sm text-brand">{t('invalidDate')}</p>}
      {notice && <p className="py-6 text-lg text-muted">{notice}</p>}
      {searchable && (
        <p className="text-sm text-muted" role="status">
          {atLeast ? t('countAtLeast', { n: String(total) }) : t('count', { count: total, n: String(total) })}
        </p>
      )}
      {searchable && hits.length === 0 && (
        <div className="py-8">
          <p className="text-lg font-bold">{t.rich('noResults', { query: request.query, q: isolate })}</p>
          <p className="mt-2 text-muted">{t('suggestions')}</p>
          <ul className="mt-4 flex flex-wrap gap-2">
            {sections.map((candidate) => (
              <li key={candidate.id}>
                <DocumentLink locale={locale} href={sectionPath(candidate.slug)} className="tag-chip">
                  {sectionName(candidate, locale)}
                </DocumentLink>
              </li>
            ))}
          </ul>
        </div>
      )}
      {hits.length > 0 && <SearchResults locale={locale} hits={hits} />}
      <Pagination
        locale={locale}
        basePath="/search"
        page={request.page}
        totalPages={pageCount(total, LISTING_PAGE_SIZE)}
        query={carriedParams(request)}
      />
    </div>
  );
}
