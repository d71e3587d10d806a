import { countView } from '@/lib/most-read/service';
import { isReaderRequest, MAX_BEACON_BYTES, viewedStoryId } from '@/lib/most-read/request';

/**
 * The «الأكثر قراءة» beacon (components/site/view-beacon.tsx): the story id as
 * the body. Counted in memory only; always 204, so it tells nothing about
 * which ids exist. Sets no cookie and keeps no address.
 */
export async function POST(request: Request): Promise<Response> {
  const length = Number(request.headers.get('content-length') ?? NaN);
  if (length > 0 && length <= MAX_BEACON_BYTES && isReaderRequest(request.headers)) {
    const id = viewedStoryId((await request.text()).trim());
    if (id !== undefined) countView(id);
  }
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}
