import { getTranslations } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { Section } from '@/db/schema';
import type { ArticleCard as Card } from '@/db/queries/articles';
import { sectionName } from '@/lib/localized';
import { ArticleCard, type HeadingLevel } from './article-card';
import { sectionPath } from '@/lib/site-url';

export async function SectionBlock({
  locale,
  section,
  stories,
}: {
  locale: Locale;
  section: Section;
  stories: Card[];
}) {
  if (stories.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Home' });
  const name = sectionName(section, locale);
  return (
    <section aria-labelledby={`section-${section.slug}`} className="border-t-2 border-ink pt-3">
      <div className="mb-4 flex items-baseline justify-between">
        <h2 id={`section-${section.slug}`} className="text-xl font-bold">
          <DocumentLink locale={locale} href={sectionPath(section.slug)} className="hover:text-brand">
            {name}
          </DocumentLink>
        </h2>
        <DocumentLink
          locale={locale}
          href={sectionPath(section.slug)}
          className="text-sm font-bold text-brand hover:underline"
        >
          {t('moreFrom', { section: name })}
        </DocumentLink>
      </div>
      <StoryGrid locale={locale} stories={stories} showSection={false} />
    </section>
  );
}

type GridProps = { locale: Locale; stories: Card[]; showSection?: boolean; headingLevel?: HeadingLevel };

export function StoryGrid({ locale, stories, showSection = true, headingLevel }: GridProps) {
  return (
    <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
      {stories.map((story) => (
        <ArticleCard
          key={story.id}
          story={story}
          locale={locale}
          showSection={showSection}
          headingLevel={headingLevel}
        />
      ))}
    </div>
  );
}
