import type { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Media } from '@/db/schema';
import { GREGORIAN_LOCALE, newsroomZoneName, TIME_ZONE } from '@/lib/dates';
import { SITE_URL } from '@/lib/site-url';
import type { ArticleFormProps } from '@/components/admin/article-form';

// Search results cut a title at about 600 px, some 60 characters: past that the end of the
// headline is lost there (the page itself takes up to 300).
const HEADLINE_SEARCH_LENGTH = 60;

type AdminTranslations = Awaited<ReturnType<typeof getTranslations<'Admin'>>>;

/** The story form's desk aids: the headline's count, the live preview, the newsroom zone, the action bar. */
export function storyFormDesk(
  t: AdminTranslations,
  locale: Locale,
  articleId: number | undefined,
  images: Media[],
): ArticleFormProps['desk'] {
  return {
    headline: {
      // "{count}" is filled in by the form as the headline is typed.
      count: t('storyForm.titleCount', { count: '{count}', max: String(HEADLINE_SEARCH_LENGTH) }),
      tooLong: t('storyForm.titleTooLong', { max: String(HEADLINE_SEARCH_LENGTH) }),
      max: HEADLINE_SEARCH_LENGTH,
    },
    preview: {
      origin: SITE_URL,
      articleId: articleId === undefined ? undefined : String(articleId),
      images: Object.fromEntries(images.map((image) => [String(image.id), image.src])),
      labels: {
        title: t('storyForm.preview'),
        search: t('storyForm.searchPreview'),
        social: t('storyForm.socialPreview'),
        emptyTitle: t('storyForm.previewEmptyTitle'),
      },
    },
    zone: t('storyForm.zone', { name: newsroomZoneName(locale), zone: TIME_ZONE }),
    echo: t('storyForm.echo', { when: '{when}' }),
    localeTag: GREGORIAN_LOCALE[locale],
    shortcut: t('storyForm.shortcut'),
    actions: t('storyForm.actions'),
  };
}
