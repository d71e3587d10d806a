import { NotFoundMessage } from '@/components/site/not-found-message';
import { notFoundLocale, type NotFoundProps } from '@/i18n/not-found-locale';

// A 404 outside the reader's layout (the admin, the bench's floor page). Kept
// bare on purpose: Next sends this boundary in every page's payload under the
// locale, and with the site's masthead and footer in it each reader page
// rendered and sent them twice.
export default async function NotFound(props: NotFoundProps) {
  return (
    <main id="main" className="px-4 py-6">
      <NotFoundMessage locale={await notFoundLocale(props)} />
    </main>
  );
}

export { notFoundMetadata as generateMetadata } from '@/components/site/not-found-message';
