import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { Byline } from '@/db/queries/bylines';
import { authorName } from '@/lib/localized';
import { authorPath } from '@/lib/site-url';

type Props = { locale: Locale; lead: string; authors: Pick<Byline, 'slug' | 'name' | 'nameEn'>[] };

/**
 * «بقلم فلان وفلان» / "By A and B": the edition's own list conjunction
 * (Intl.ListFormat), each name a link to its writer's page.
 */
export function Bylines({ locale, lead, authors }: Props) {
  if (!authors.length) return null;
  const names = authors.map((author) => authorName(author, locale));
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(names);
  let next = 0;
  return (
    <p className="text-ink" data-testid="bylines">
      {lead}{' '}
      {parts.map((part, index) => {
        if (part.type === 'literal') return part.value;
        const author = authors[next++];
        return (
          <DocumentLink
            locale={locale}
            key={index}
            href={authorPath(author.slug)}
            className="font-bold hover:text-brand"
          >
            {part.value}
          </DocumentLink>
        );
      })}
    </p>
  );
}
