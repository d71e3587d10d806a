import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { env } from '@/lib/env';
import { getMostRead } from '@/lib/most-read/read';
import { articlePath, localePath } from '@/lib/site-url';

/**
 * «الأكثر قراءة» of an edition as JSON, for components/site/most-read.tsx. Read
 * from Next's data cache (refreshed every MOST_READ_REFRESH_SECONDS), so a page
 * view costs no query; the edge may keep it a minute.
 */
export async function GET(_request: Request, { params }: RouteContext<'/api/most-read/[locale]'>): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const lists = await getMostRead(locale);
  const links = (stories: typeof lists.day) =>
    stories.map((story) => ({ href: localePath(locale, articlePath(story)), title: story.title }));
  return Response.json(
    { day: links(lists.day), week: links(lists.week) },
    { headers: { 'cache-control': `public, max-age=0, s-maxage=${Math.min(60, env.MOST_READ_REFRESH_SECONDS)}` } },
  );
}
