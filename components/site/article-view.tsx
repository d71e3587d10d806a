import { getTranslations } from 'next-intl/server';
import { DocumentLink } from '@/i18n/document-link';
import type { Locale } from '@/i18n/routing';
import type { ArticleCard as Card, PublicArticle } from '@/db/queries/articles';
import { formatDateTime, formatHijriDate, isoDate } from '@/lib/dates';
import { readingMinutes } from '@/lib/reading-time';
import { isolateLatinInHtml } from '@/lib/bidi';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { authorName, sectionName } from '@/lib/localized';
import { articlePath, sectionPath, tagPath, authorPath } from '@/lib/site-url';
import { BidiText } from '@/components/ui/bidi-text';
import { ResponsiveImage } from './responsive-image';
import { ShareBar } from './share-bar';
import { TopNewsList } from './top-news-list';
import { ArticleCard } from './article-card';

type Props = { locale: Locale; found: PublicArticle; related: Card[]; top: Card[]; shareUrl: string };

export async function ArticleView({ locale, found, related, top, shareUrl }: Props) {
  const { article, section, author, image, translation, tags } = found;
  const [t, tHome] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'Home' }),
  ]);
  const publishedAt = article.publishedAt!;
  const minutes = readingMinutes(article.body, article.language);
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
      <article className="min-w-0">
        <nav aria-label={t('breadcrumb')} className="mb-3 text-sm">
          <DocumentLink href={sectionPath(section.slug)} className="font-bold text-brand hover:underline">
            {sectionName(section, locale)}
          </DocumentLink>
        </nav>
        {article.kicker && (
          <p className="mb-1 font-bold text-brand">
            <BidiText text={article.kicker} />
          </p>
        )}
        <h1 className="text-3xl font-bold leading-snug sm:text-4xl sm:leading-snug">
          <BidiText text={article.title} />
        </h1>
        {article.subtitle && (
          <p className="mt-3 text-xl leading-relaxed text-muted">
            <BidiText text={article.subtitle} />
          </p>
        )}
        <div className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-1 border-y border-rule py-3 text-sm text-muted">
          {author && (
            <DocumentLink href={authorPath(author.slug)} className="font-bold text-ink hover:text-brand">
              {t('by', { author: authorName(author, locale) })}
            </DocumentLink>
          )}
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
        {image && (
          <figure className="mt-6">
            <ResponsiveImage
              image={{ ...image, alt: article.leadImageAlt ?? image.alt }}
              sizes="(min-width: 1024px) 760px, 100vw"
              preload
              className="h-auto w-full rounded"
            />
            {(article.leadImageCaption || image.credit) && (
              <figcaption className="mt-2 text-sm text-muted">
                {article.leadImageCaption && <BidiText text={article.leadImageCaption} />}
                {image.credit && (
                  <span className="ms-2 text-xs">
                    {t('photoCredit')} <BidiText text={image.credit} />
                  </span>
                )}
              </figcaption>
            )}
          </figure>
        )}
        <div
          className="article-body mt-6"
          dangerouslySetInnerHTML={{ __html: isolateLatinInHtml(sanitizeArticleHtml(article.body)) }}
        />
        {tags.length > 0 && (
          <div className="mt-8 flex flex-wrap items-center gap-2">
            <h2 className="font-bold">{t('tags')}:</h2>
            <ul className="flex flex-wrap gap-2">
              {tags.map((tag) => (
                <li key={tag.slug}>
                  <DocumentLink
                    href={tagPath(tag.slug)}
                    className="rounded-full bg-rule px-3 py-1 text-sm hover:bg-brand hover:text-white"
                  >
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
          <ShareBar locale={locale} url={shareUrl} title={article.title} />
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
        <div className="lg:sticky lg:top-4">
          <TopNewsList title={tHome('topNews')} stories={top} moreHref="/top" moreLabel={tHome('more')} />
        </div>
      </aside>
    </div>
  );
}
