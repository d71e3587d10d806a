import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { isLabelledGenre, type ArticleGenre } from '@/lib/stories/genre';

/** «رأي», «تحليل»…: what kind of piece a story is; nothing for plain news. */
export async function GenreLabel({ genre, locale }: { genre: ArticleGenre; locale: Locale }) {
  if (!isLabelledGenre(genre)) return null;
  const t = await getTranslations({ locale, namespace: 'Genres' });
  return (
    <span data-genre={genre} className="rounded-sm bg-ink px-1.5 py-0.5 text-xs font-bold text-paper">
      {t(genre)}
    </span>
  );
}
