import { getTranslations } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { ShownHit } from '@/lib/search/results-page';
import { formatDateTime, isoDate } from '@/lib/dates';
import { sectionName } from '@/lib/localized';
import { articlePath, sectionPath } from '@/lib/site-url';
import { HighlightedText } from './highlighted-text';

export async function SearchResults({ locale, hits }: { locale: Locale; hits: ShownHit[] }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <ol className="divide-y divide-rule" aria-label={t('title')}>
      {hits.map((hit) => (
        <li key={hit.id} className="py-5">
          <article>
            <div className="mb-1 flex gap-3 text-sm text-muted">
              <DocumentLink
                locale={locale}
                href={sectionPath(hit.sectionSlug)}
                className="py-0.5 font-bold text-brand hover:underline"
              >
                {sectionName({ nameAr: hit.sectionNameAr, nameEn: hit.sectionNameEn }, locale)}
              </DocumentLink>
              <time dateTime={isoDate(hit.publishedAt)}>{formatDateTime(hit.publishedAt, locale)}</time>
            </div>
            <h2 className="text-xl font-bold leading-snug">
              <DocumentLink locale={locale} href={articlePath(hit)} className="hover:text-brand">
                <HighlightedText parts={hit.titleParts} />
              </DocumentLink>
            </h2>
            <p className="mt-2 leading-relaxed text-muted">
              <HighlightedText parts={hit.snippetParts} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
