import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { LiveState } from '@/lib/live-blog/view';
import { LiveEntries } from './live-entries';

type Props = { locale: Locale; state: LiveState; etag: string; url: string };

/** A live blog's part of its story page: the coverage's state, its key events and its entries, kept current. */
export async function LiveBlog({ locale, state, etag, url }: Props) {
  const [t, tArticle] = await Promise.all([
    getTranslations({ locale, namespace: 'LiveBlog' }),
    getTranslations({ locale, namespace: 'Article' }),
  ]);
  return (
    <section aria-labelledby="live-heading" className="mt-8 border-t-2 border-ink pt-4">
      <h2 id="live-heading" className="flex items-center gap-2 text-xl font-bold">
        {!state.ended && <span className="rounded bg-brand px-2 py-0.5 text-sm text-white">{t('live')}</span>}
        {t('heading')}
      </h2>
      <LiveEntries
        initial={state}
        etag={etag}
        url={url}
        labels={{
          keyEvents: t('keyEvents'),
          pinned: t('pinned'),
          keyEvent: t('keyEvent'),
          ended: t('ended'),
          photoCredit: tArticle('photoCredit'),
        }}
      />
    </section>
  );
}
