import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Section } from '@/db/schema';
import { sectionName } from '@/lib/localized';
import { localePath } from '@/lib/site-url';
import type { SearchRequest } from '@/lib/search-params';

const FIELD = 'rounded border border-rule bg-paper px-3 py-2 text-ink';

export async function SearchFilters({
  locale,
  request,
  sections,
}: {
  locale: Locale;
  request: SearchRequest;
  sections: Section[];
}) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <form
      action={localePath(locale, '/search')}
      method="get"
      role="search"
      className="mb-6 grid gap-3 rounded border border-rule p-4 sm:grid-cols-6"
    >
      <label className="flex flex-col gap-1 sm:col-span-6">
        <span className="font-bold">{t('label')}</span>
        <input type="search" name="q" defaultValue={request.query} dir="auto" className={FIELD} />
      </label>
      <label className="flex flex-col gap-1 text-sm sm:col-span-2">
        {t('section')}
        <select name="section" defaultValue={request.sectionSlug ?? ''} className={FIELD}>
          <option value="">{t('allSections')}</option>
          {sections.map((section) => (
            <option key={section.id} value={section.slug}>
              {sectionName(section, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t('from')}
        <input type="date" name="from" defaultValue={request.fromDay} className={FIELD} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t('to')}
        <input type="date" name="to" defaultValue={request.toDay} className={FIELD} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t('sort')}
        <select name="sort" defaultValue={request.sort} className={FIELD}>
          <option value="relevance">{t('relevance')}</option>
          <option value="newest">{t('newest')}</option>
        </select>
      </label>
      <button type="submit" className="self-end rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
        {t('apply')}
      </button>
    </form>
  );
}
