import { notFound } from 'next/navigation';
import { LISTING_PAGE_SIZE } from '@/lib/cache/reader';
import { pageCount, parsePageParam } from '@/lib/pagination';

/**
 * Parses the page number, loads that page and answers 404 for unknown subjects and
 * out-of-range pages. Page 1 (cached anyway) gives the count, so a page past
 * the end is refused before it is read or cached. `missing` runs, before the
 * 404, for a subject that does not exist (and may redirect instead).
 */
export async function resolveListing<T extends { total: number }>(
  rawPage: string | string[] | undefined,
  load: (page: number) => Promise<T | undefined>,
  missing?: () => Promise<void>,
) {
  const page = parsePageParam(rawPage);
  if (page === null) notFound();
  const first = await load(1);
  if (!first) {
    await missing?.();
    notFound();
  }
  const totalPages = pageCount(first.total, LISTING_PAGE_SIZE);
  if (page > totalPages) notFound();
  const data = page === 1 ? first : await load(page);
  if (!data) notFound();
  return { data, page, totalPages };
}
