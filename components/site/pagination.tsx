import { getTranslations } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import { listingPagePath } from '@/lib/site-url';

/**
 * `query` carries the other parameters of the listing (a search's words and filters).
 * `pagesInPath`: the page number is a path segment (/page/2), as on the cached reader listings.
 */
type Props = {
  locale: Locale;
  basePath: string;
  page: number;
  totalPages: number;
  query?: Record<string, string>;
  pagesInPath?: boolean;
};

export async function Pagination({ locale, basePath, page, totalPages, query = {}, pagesInPath = false }: Props) {
  if (totalPages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  const hrefFor = (target: number) => {
    if (pagesInPath) return listingPagePath(basePath, target);
    const params = new URLSearchParams(target === 1 ? query : { ...query, page: String(target) }).toString();
    return params ? `${basePath}?${params}` : basePath;
  };
  const linkClass = 'rounded border border-rule px-4 py-2 font-bold hover:border-brand hover:text-brand';
  return (
    <nav aria-label={t('label')} className="mt-10 flex items-center justify-between gap-4">
      {page > 1 ? (
        <DocumentLink locale={locale} href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {t('previous')}
        </DocumentLink>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">{t('page', { page: String(page), total: String(totalPages) })}</span>
      {page < totalPages ? (
        <DocumentLink locale={locale} href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t('next')}
        </DocumentLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
