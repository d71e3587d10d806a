import { getTranslations } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard } from '@/db/queries/articles';
import { articlePath } from '@/lib/site-url';
import { BidiText } from '@/components/ui/bidi-text';

/** Static, not a marquee: moving text is hard to read and to click. */
export async function BreakingStrip({ locale, stories }: { locale: Locale; stories: ArticleCard[] }) {
  if (stories.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Breaking' });
  return (
    <aside aria-label={t('label')} className="bg-ink text-paper" data-testid="breaking-strip">
      <div className="mx-auto flex max-w-6xl items-stretch gap-3 px-4">
        <strong className="flex shrink-0 items-center bg-brand px-3 py-2 text-white">{t('label')}</strong>
        <ul className="flex flex-col gap-1 py-2 sm:flex-row sm:gap-6">
          {stories.map((story) => (
            <li key={story.id}>
              <DocumentLink locale={locale} href={articlePath(story)} className="font-bold hover:underline">
                <BidiText text={story.title} />
              </DocumentLink>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
