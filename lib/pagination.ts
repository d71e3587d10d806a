const PAGE_PARAM = /^[1-9]\d{0,5}$/;

/** A page number from a path segment or ?page: N → N; absent → 1; anything malformed → null (the page answers 404). */
export function parsePageParam(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  if (Array.isArray(raw) || !PAGE_PARAM.test(raw)) return null;
  return Number(raw);
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
