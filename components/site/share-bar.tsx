import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { absoluteUrl, articlePath, articleShortPath } from '@/lib/site-url';
import { CopyLinkButton } from './copy-link-button';

const TARGETS = [
  {
    key: 'whatsapp',
    href: (url: string, text: string) => `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`,
  },
  {
    key: 'x',
    href: (url: string, text: string) =>
      `https://x.com/intent/post?url=${encodeURIComponent(url)}&text=${encodeURIComponent(text)}`,
  },
  { key: 'facebook', href: (url: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}` },
  {
    key: 'telegram',
    href: (url: string, text: string) =>
      `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(text)}`,
  },
] as const;

type Props = {
  locale: Locale;
  story: { id: number; slug: string; language: Locale; title: string };
};

/**
 * Share links send the story's short address (articleShortPath), copying gives its canonical one.
 */
export async function ShareBar({ locale, story }: Props) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  const shortUrl = absoluteUrl(story.language, articleShortPath(story.id));
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={t('title')}>
      <span className="font-bold">{t('title')}</span>
      {TARGETS.map((target) => (
        <a
          key={target.key}
          href={target.href(shortUrl, story.title)}
          target="_blank"
          rel="noopener noreferrer"
          className="outline-button"
        >
          {t(target.key)}
        </a>
      ))}
      <CopyLinkButton url={absoluteUrl(story.language, articlePath(story))} label={t('copy')} doneLabel={t('copied')} />
    </div>
  );
}
