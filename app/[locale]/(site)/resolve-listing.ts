import { notFound } from 'next/navigation';
import { LISTING_PAGE_SIZE } from '@/db/queries/reader';
import { pageCount, parsePageParam } from '@/lib/pagination';

/**
 * Parses the page number, loads that page and answers 404 for unknown subjects and
 * out-of-range pages. Page 1 (cached anyway) gives the count, so a page past
 * the end is refused before it is read or cached.
 */
export async function resolveListing<T extends { total: number }>(
  rawPage: string | string[] | undefined,
  load: (page: number) => Promise<T | undefined>,
) {
  const page = parsePageParam(rawPage);
  if (page === null) notFound();
  const first = await load(1);
  if (!first) notFound();
  const totalPages = pageCount(first.total, LISTING_PAGE_SIZE);
  if (page > totalPages) notFound();
  const data = page === 1 ? first : await load(page);
  if (!data) notFound();
  return { data, page, totalPages };
}
