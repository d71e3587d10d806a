import { NotFoundMessage } from '@/components/site/not-found-message';
import { notFoundLocale, type NotFoundProps } from '@/i18n/not-found-locale';

// A reader's 404 (an unknown path, a story that is not public): inside the
// site's layout, so it has the masthead and footer of every reader page
// without rendering them a second time.
export default async function NotFound(props: NotFoundProps) {
  return <NotFoundMessage locale={await notFoundLocale(props)} />;
}

export { notFoundMetadata as generateMetadata } from '@/components/site/not-found-message';
