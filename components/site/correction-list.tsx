import { getTranslations } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { CorrectionRow } from '@/db/queries/corrections';
import { formatDateTime, isoDate } from '@/lib/dates';
import { articlePath } from '@/lib/site-url';
import { BidiText } from '@/components/ui/bidi-text';
import { Pagination } from './pagination';

type Props = {
  locale: Locale;
  rows: CorrectionRow[];
  total: number;
  page: number;
  totalPages: number;
  basePath: string;
};

/** The «تصحيحات» page: each correction with its date and the story it corrects. */
export async function CorrectionList({ locale, rows, total, page, totalPages, basePath }: Props) {
  const t = await getTranslations({ locale, namespace: 'Corrections' });
  return (
    <div>
      <header className="mb-6 border-b-4 border-brand pb-3">
        <h1 className="text-3xl font-bold">{t('pageTitle')}</h1>
        <p className="mt-2 text-muted">{t('pageIntro')}</p>
        <p className="mt-1 text-sm text-muted">{t('count', { count: total, n: String(total) })}</p>
      </header>
      {rows.length === 0 ? (
        <p className="py-12 text-center text-muted">{t('empty')}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-rule" data-testid="corrections-list">
          {rows.map((row) => (
            <li key={row.id} className="py-4">
              <h2 className="text-lg font-bold">
                <DocumentLink
                  locale={locale}
                  href={articlePath({ id: row.articleId, slug: row.slug })}
                  className="hover:text-brand"
                >
                  <BidiText text={row.title} />
                </DocumentLink>
              </h2>
              <p className="mt-1">
                <time dateTime={isoDate(row.at)} className="font-bold text-brand">
                  {formatDateTime(row.at, locale)}
                </time>
                {': '}
                <BidiText text={row.text} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination locale={locale} basePath={basePath} page={page} totalPages={totalPages} pagesInPath />
    </div>
  );
}
