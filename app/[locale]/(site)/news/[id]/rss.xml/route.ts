import { liveFeedResponse } from '@/lib/live-blog/endpoint';

export const revalidate = 60;

export function generateStaticParams() {
  return []; // generated on first request, then cached
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/news/[id]/rss.xml'>) {
  const { locale, id } = await params;
  return liveFeedResponse(locale, id);
}
