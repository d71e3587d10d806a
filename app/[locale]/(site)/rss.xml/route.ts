import { routing } from '@/i18n/routing';
import { feedResponse } from '../feed-response';

export const revalidate = 60;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/rss.xml'>) {
  return feedResponse((await params).locale, 'site');
}
