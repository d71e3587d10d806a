import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { Section } from '@/db/schema';
import type { ArticleCard as Card } from '@/db/queries/articles';
import { sectionName } from '@/lib/localized';
import { ArticleCard } from './article-card';
import { sectionPath } from '@/lib/site-url';

export async function SectionBlock({ locale, section, stories }: { locale: Locale; section: Section; stories: Card[] }) {
  if (stories.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Home' });
  const name = sectionName(section, locale);
  return (
    <section aria-labelledby={`section-${section.slug}`} className="border-t-2 border-ink pt-3">
      <div className="mb-4 flex items-baseline justify-between">
        <h2 id={`section-${section.slug}`} className="text-xl font-bold">
          <Link href={sectionPath(section.slug)} className="hover:text-brand">
            {name}
          </Link>
        </h2>
        <Link href={sectionPath(section.slug)} className="text-sm font-bold text-brand hover:underline">
          {t('moreFrom', { section: name })}
        </Link>
      </div>
      <StoryGrid locale={locale} stories={stories} showSection={false} />
    </section>
  );
}

export function StoryGrid({ locale, stories, showSection = true }: { locale: Locale; stories: Card[]; showSection?: boolean }) {
  return (
    <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
      {stories.map((story) => (
        <ArticleCard key={story.id} story={story} locale={locale} showSection={showSection} />
      ))}
    </div>
  );
}
