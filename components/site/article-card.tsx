import { ResponsiveImage } from './responsive-image';
import { focalPointOf } from '@/lib/media/focal-point';
import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard as Card } from '@/db/queries/articles';
import { formatDateTime, isoDate } from '@/lib/dates';
import { articlePath, sectionPath } from '@/lib/site-url';
import { sectionName } from '@/lib/localized';
import { BidiText } from '@/components/ui/bidi-text';
import { GenreLabel } from './genre-label';

type Variant = 'lead' | 'standard' | 'compact';

const TITLE_CLASS: Record<Variant, string> = {
  lead: 'text-2xl sm:text-3xl leading-snug',
  standard: 'text-lg leading-snug',
  compact: 'text-base leading-relaxed',
};

const IMAGE_SIZES: Record<Exclude<Variant, 'compact'>, string> = {
  lead: '(min-width: 1024px) 720px, 100vw',
  standard: '(min-width: 1024px) 280px, (min-width: 640px) 45vw, 100vw',
};

/** `headingLevel`: 2 where the cards sit right under the page's <h1>, 3 under a block's <h2>, so headings never skip a level. */
export type HeadingLevel = 2 | 3;

type Props = {
  story: Card;
  locale: Locale;
  variant?: Variant;
  showSection?: boolean;
  preload?: boolean;
  headingLevel?: HeadingLevel;
};

export function ArticleCard({
  story,
  locale,
  variant = 'standard',
  showSection = true,
  preload = false,
  headingLevel = 3,
}: Props) {
  const href = articlePath(story);
  const Heading = `h${headingLevel}` as const;
  // One link per story, its headline's, stretched over the whole card (.card-link): the picture
  // needs none of its own, which every card used to send twice over (HTML and RSC payload)
  // with the story's percent-encoded address, and which screen readers had to be told to skip.
  return (
    <article className="group relative flex flex-col gap-2">
      {variant !== 'compact' && story.imageSrc && (
        <div className="overflow-hidden rounded bg-rule">
          <ResponsiveImage
            image={{
              src: story.imageSrc,
              alt: story.imageAlt ?? '',
              width: story.imageWidth ?? 1200,
              height: story.imageHeight ?? 675,
            }}
            sizes={IMAGE_SIZES[variant]}
            preload={preload}
            focus={focalPointOf({ focalX: story.imageFocalX, focalY: story.imageFocalY })}
            className="card-picture"
          />
        </div>
      )}
      <div className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
        {showSection && (
          <DocumentLink
            locale={locale}
            href={sectionPath(story.sectionSlug)}
            className="relative z-10 font-bold text-brand hover:underline"
          >
            {sectionName({ nameAr: story.sectionNameAr, nameEn: story.sectionNameEn }, locale)}
          </DocumentLink>
        )}
        <GenreLabel genre={story.genre} locale={locale} />
        {story.kicker && (
          <span className="font-bold">
            <BidiText text={story.kicker} />
          </span>
        )}
      </div>
      <Heading className={`font-bold ${TITLE_CLASS[variant]}`}>
        <DocumentLink locale={locale} href={href} className="card-link">
          <BidiText text={story.title} />
        </DocumentLink>
      </Heading>
      {variant === 'lead' && (
        <p className="leading-relaxed text-muted">
          <BidiText text={story.excerpt} />
        </p>
      )}
      <time dateTime={isoDate(story.publishedAt)} className="text-xs text-muted">
        {formatDateTime(story.publishedAt, locale)}
      </time>
    </article>
  );
}
