import { notFound } from 'next/navigation';
import { LISTING_PAGE_SIZE } from '@/db/queries/reader';
import { pageCount, parsePageParam } from '@/lib/pagination';

/** Parses ?page, loads that page and answers 404 for unknown subjects and out-of-range pages. */
export async function resolveListing<T extends { total: number }>(
  rawPage: string | string[] | undefined,
  load: (page: number) => Promise<T | undefined>,
) {
  const page = parsePageParam(rawPage);
  if (page === null) notFound();
  const data = await load(page);
  if (!data) notFound();
  const totalPages = pageCount(data.total, LISTING_PAGE_SIZE);
  if (page > totalPages) notFound();
  return { data, page, totalPages };
}
