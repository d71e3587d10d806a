import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { localePath } from '@/lib/site-url';
import { MAX_QUERY_LENGTH } from '@/lib/search-params';

/** The header search box: a plain GET form, works without JavaScript. */
export async function SearchForm({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <form
      action={localePath(locale, '/search')}
      method="get"
      role="search"
      className="order-last flex w-full gap-1 sm:order-none sm:w-auto sm:max-w-xs sm:flex-1"
    >
      <label htmlFor="site-search" className="sr-only">
        {t('label')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        maxLength={MAX_QUERY_LENGTH * 2}
        placeholder={t('placeholder')}
        dir="auto"
        className="min-w-0 flex-1 rounded border border-rule bg-paper px-3 py-1.5 text-ink"
      />
      <button type="submit" className="rounded bg-brand px-3 py-1.5 font-bold text-white hover:bg-brand-dark">
        {t('submit')}
      </button>
    </form>
  );
}
