import { liveEntriesResponse } from '@/lib/live-blog/endpoint';

// Per request (it answers If-None-Match), from Next's data cache: no query until the blog changes.
export async function GET(request: Request, { params }: RouteContext<'/[locale]/news/[id]/live.json'>) {
  const { locale, id } = await params;
  return liveEntriesResponse(request, locale, id);
}
