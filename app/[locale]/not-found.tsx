import { getLocale } from 'next-intl/server';
import { NotFoundMessage } from '@/components/site/not-found-message';

// A 404 outside the reader's layout (the admin, the bench's floor page). Kept
// bare on purpose: Next sends this boundary in every page's payload under the
// locale, and with the site's masthead and footer in it each reader page
// rendered and sent them twice.
export default async function NotFound() {
  const locale = await getLocale();
  return (
    <main id="main" className="px-4 py-6">
      <NotFoundMessage locale={locale} />
    </main>
  );
}
