import { decodeSlug } from '@/lib/text/slug';
import { feedResponse } from '../../../feed-response';

export const revalidate = 60;

export function generateStaticParams() {
  return []; // generated on first request, then cached
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/section/[slug]/rss.xml'>) {
  const { locale, slug } = await params;
  return feedResponse(locale, `section:${decodeSlug(slug)}`);
}
