import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { isLabelledGenre, type ArticleGenre } from '@/lib/stories/genre';

type Props = { genre: ArticleGenre; locale: Locale };

/**
 * «رأي», «تحليل»…: what kind of piece a story is; nothing for plain news. Most
 * cards are plain news and decide that here, synchronously: an async component
 * streams as a row of its own in the page's payload, even when it renders nothing.
 */
export function GenreLabel({ genre, locale }: Props) {
  return isLabelledGenre(genre) ? <GenreName genre={genre} locale={locale} /> : null;
}

async function GenreName({ genre, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Genres' });
  return (
    <span data-genre={genre} className="rounded-sm bg-ink px-1.5 py-0.5 text-xs font-bold text-paper">
      {t(genre)}
    </span>
  );
}
