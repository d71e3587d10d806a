import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ResponsiveImage } from './responsive-image';

type Props = {
  locale: Locale;
  /** The byline as the reader's edition prints it. */
  writer: string | null;
  photo: { src: string; width: number; height: number } | null;
};

/** What an opinion piece adds above its text: the writer's face, and that the views are theirs. */
export async function OpinionNote({ locale, writer, photo }: Props) {
  const t = await getTranslations({ locale, namespace: 'Opinion' });
  return (
    <div
      className="mt-4 flex items-center gap-4 rounded border-s-4 border-brand bg-rule/40 p-3"
      data-testid="opinion-note"
    >
      {photo && writer && (
        <ResponsiveImage
          image={{ ...photo, alt: t('writerPhoto', { name: writer }) }}
          sizes="4rem"
          className="size-16 shrink-0 rounded-full object-cover"
        />
      )}
      <p className="text-sm italic">{t('disclaimer')}</p>
    </div>
  );
}
