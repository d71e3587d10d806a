import { getTranslations } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { OpinionWriter } from '@/db/queries/authors';
import { formatDateTime, isoDate } from '@/lib/dates';
import { authorName } from '@/lib/localized';
import { articlePath, authorPath } from '@/lib/site-url';
import { BidiText } from '@/components/ui/bidi-text';
import { ResponsiveImage } from './responsive-image';

/** The «كتّاب الرأي» page's list: photo, name, bio and latest piece of each writer. */
export async function OpinionWriters({ locale, writers }: { locale: Locale; writers: OpinionWriter[] }) {
  const [t, tOpinion] = await Promise.all([
    getTranslations({ locale, namespace: 'Writers' }),
    getTranslations({ locale, namespace: 'Opinion' }),
  ]);
  return (
    <div>
      <h1 className="mb-2 border-b-4 border-brand pb-3 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 text-muted">{t('intro')}</p>
      {writers.length === 0 ? (
        <p className="py-8 text-center text-muted">{t('empty')}</p>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3" data-testid="opinion-writers">
          {writers.map(({ author, photo, latest }) => {
            const name = authorName(author, locale);
            return (
              <li key={author.slug} className="flex gap-4 rounded border border-rule p-4">
                {photo ? (
                  <ResponsiveImage
                    image={{ ...photo, alt: tOpinion('writerPhoto', { name }) }}
                    sizes="5rem"
                    className="size-20 shrink-0 rounded-full object-cover"
                  />
                ) : (
                  <span aria-hidden="true" className="size-20 shrink-0 rounded-full bg-rule" />
                )}
                <div className="min-w-0 space-y-1">
                  <h2 className="text-lg font-bold">
                    <DocumentLink locale={locale} href={authorPath(author.slug)} className="hover:text-brand">
                      <BidiText text={name} />
                    </DocumentLink>
                  </h2>
                  {author.bio && (
                    <p dir="auto" className="text-sm text-muted">
                      {author.bio}
                    </p>
                  )}
                  <p className="text-sm text-muted">{t('latest')}</p>
                  <DocumentLink locale={locale} href={articlePath(latest)} className="block ranked-link">
                    <BidiText text={latest.title} />
                  </DocumentLink>
                  <time dateTime={isoDate(latest.publishedAt)} className="block text-xs text-muted">
                    {formatDateTime(latest.publishedAt, locale)}
                  </time>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
