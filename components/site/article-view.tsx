import { getTranslations } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard as Card, PublicArticle } from '@/db/queries/articles';
import { formatDateTime, formatHijriDate, isoDate } from '@/lib/dates';
import { readingMinutes } from '@/lib/reading-time';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { authorName, sectionName } from '@/lib/localized';
import { articlePath, sectionPath, tagPath } from '@/lib/site-url';
import { BidiText } from '@/components/ui/bidi-text';
import { ResponsiveImage } from './responsive-image';
import { ShareBar } from './share-bar';
import { TopNewsList } from './top-news-list';
import { ArticleCard } from './article-card';
import type { ReaderNote } from '@/db/queries/corrections';
import { CorrectionNotes } from './correction-notes';
import { BodyBlocks } from './body-blocks';
import { PhotoCaption } from './photo-caption';
import { GenreLabel } from './genre-label';
import { OpinionNote } from './opinion-note';
import { Bylines } from './bylines';
import { focalPointOf } from '@/lib/media/focal-point';

type Props = {
  locale: Locale;
  found: PublicArticle;
  related: Card[];
  top: Card[];
  /** Corrections and updates (components/site/correction-notes.tsx). */
  notes?: ReaderNote[];
  /** A live blog's entries, under the story's own text. */
  live?: React.ReactNode;
  /** More of the sidebar, under «أهم الأخبار» (the reader page's «الأكثر قراءة»). */
  aside?: React.ReactNode;
};

export async function ArticleView({ locale, found, related, top, notes = [], live, aside }: Props) {
  const { article, section, author, image, translation, tags, authorPhoto } = found;
  const [t, tHome] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'Home' }),
  ]);
  const publishedAt = article.publishedAt!;
  const minutes = readingMinutes(article.body, article.language);
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
      <article className="min-w-0">
        <div className="mb-3 flex items-center gap-3 text-sm">
          <nav aria-label={t('breadcrumb')}>
            <DocumentLink
              locale={locale}
              href={sectionPath(section.slug)}
              className="font-bold text-brand hover:underline"
            >
              {sectionName(section, locale)}
            </DocumentLink>
          </nav>
          <GenreLabel genre={article.genre} locale={locale} />
        </div>
        {article.kicker && (
          <p className="mb-1 font-bold text-brand">
            <BidiText text={article.kicker} />
          </p>
        )}
        <h1 className="text-3xl font-bold leading-snug sm:text-4xl sm:leading-snug">
          <BidiText text={article.title} />
        </h1>
        {/* The standfirst: the excerpt, unless the story carries a subtitle of its own (the seed article). */}
        {(article.subtitle || article.excerpt) && (
          <p className="mt-3 text-xl leading-relaxed text-muted" data-testid="standfirst">
            <BidiText text={article.subtitle || article.excerpt} />
          </p>
        )}
        <div className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-1 border-y border-rule py-3 text-sm text-muted">
          <Bylines locale={locale} lead={t('byline')} authors={found.bylines} />
          <span>
            {t('published')}{' '}
            <time dateTime={isoDate(publishedAt)}>
              {formatDateTime(publishedAt, locale)} ({formatHijriDate(publishedAt, locale)})
            </time>
          </span>
          {article.updatedAt > publishedAt && (
            <span>
              {t('updated')}{' '}
              <time dateTime={isoDate(article.updatedAt)}>
                {formatDateTime(article.updatedAt, locale)} ({formatHijriDate(article.updatedAt, locale)})
              </time>
            </span>
          )}
          <span>{t('readingTime', { count: minutes, n: String(minutes) })}</span>
        </div>
        <CorrectionNotes locale={locale} notes={notes} />
        {article.genre === 'opinion' && (
          <OpinionNote
            locale={locale}
            writer={author && authorName(author, locale)}
            photo={authorPhoto?.src ? authorPhoto : null}
          />
        )}
        {image && (
          <figure className="mt-6">
            <ResponsiveImage
              image={{ ...image, alt: article.leadImageAlt ?? image.alt }}
              sizes="(min-width: 1024px) 760px, 100vw"
              preload
              focus={focalPointOf(image)}
              className="h-auto w-full rounded"
            />
            <PhotoCaption caption={article.leadImageCaption} credit={image.credit} creditLabel={t('photoCredit')} />
          </figure>
        )}
        <BodyBlocks html={sanitizeArticleHtml(article.body)} locale={locale} />
        {live}
        {tags.length > 0 && (
          <div className="mt-8 flex flex-wrap items-center gap-2">
            <h2 className="font-bold">{t('tags')}:</h2>
            <ul className="flex flex-wrap gap-2">
              {tags.map((tag) => (
                <li key={tag.slug}>
                  <DocumentLink locale={locale} href={tagPath(tag.slug)} className="tag-chip">
                    {tag.name}
                  </DocumentLink>
                </li>
              ))}
            </ul>
          </div>
        )}
        {translation?.id && translation.slug && translation.language && (
          <p className="mt-6">
            <DocumentLink
              href={articlePath({ id: translation.id, slug: translation.slug })}
              locale={translation.language}
              hrefLang={translation.language}
              lang={translation.language}
              className="font-bold text-brand underline"
            >
              {t('translation')}
            </DocumentLink>
          </p>
        )}
        <div className="mt-8">
          <ShareBar locale={locale} story={article} />
        </div>
        {related.length > 0 && (
          <section aria-labelledby="related-heading" className="mt-10 border-t-2 border-ink pt-4">
            <h2 id="related-heading" className="mb-4 text-xl font-bold">
              {t('related')}
            </h2>
            <div className="grid gap-6 sm:grid-cols-2">
              {related.map((story) => (
                <ArticleCard key={story.id} story={story} locale={locale} showSection={false} />
              ))}
            </div>
          </section>
        )}
      </article>
      <aside>
        {/* Two blocks are taller than a laptop's screen: a sticky sidebar would hide the second. */}
        <div className={aside ? 'space-y-6' : 'lg:sticky lg:top-4'}>
          <TopNewsList
            locale={locale}
            title={tHome('topNews')}
            stories={top}
            moreHref="/top"
            moreLabel={tHome('more')}
          />
          {aside}
        </div>
      </aside>
    </div>
  );
}
