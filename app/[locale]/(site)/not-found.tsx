import { getLocale } from 'next-intl/server';
import { NotFoundMessage } from '@/components/site/not-found-message';

// A reader's 404 (an unknown path, a story that is not public): inside the
// site's layout, so it has the masthead and footer of every reader page
// without rendering them a second time.
export default async function NotFound() {
  return <NotFoundMessage locale={await getLocale()} />;
}
