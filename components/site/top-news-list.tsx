import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard } from '@/db/queries/articles';
import { articlePath } from '@/lib/site-url';
import { BidiText } from '@/components/ui/bidi-text';

type Props = { locale: Locale; title: string; stories: ArticleCard[]; moreHref?: string; moreLabel?: string };

/** The «أهم الأخبار» block: an ordered list, rank first. */
export function TopNewsList({ locale, title, stories, moreHref, moreLabel }: Props) {
  return (
    <section aria-labelledby="top-news-heading" className="rounded border border-rule">
      <h2 id="top-news-heading" className="border-b-4 border-brand px-4 py-3 text-xl font-bold">
        {title}
      </h2>
      <ol className="divide-y divide-rule" data-testid="top-news">
        {stories.map((story, index) => (
          <li key={story.id} className="flex gap-3 px-4 py-3">
            <span aria-hidden="true" className="rank-number">
              {index + 1}
            </span>
            <DocumentLink locale={locale} href={articlePath(story)} className="ranked-link">
              <BidiText text={story.title} />
            </DocumentLink>
          </li>
        ))}
      </ol>
      {moreHref && (
        <DocumentLink
          locale={locale}
          href={moreHref}
          className="block border-t border-rule px-4 py-2 text-sm font-bold text-brand hover:underline"
        >
          {moreLabel}
        </DocumentLink>
      )}
    </section>
  );
}
