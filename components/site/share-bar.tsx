import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
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
  /** The story's canonical address: the one a reader copies. */
  url: string;
  /** Its short address (lib/site-url.ts articleShortPath): the one sent to other sites. */
  shortUrl: string;
  title: string;
};

export async function ShareBar({ locale, url, shortUrl, title }: Props) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={t('title')}>
      <span className="font-bold">{t('title')}</span>
      {TARGETS.map((target) => (
        <a
          key={target.key}
          href={target.href(shortUrl, title)}
          target="_blank"
          rel="noopener noreferrer"
          className="outline-button"
        >
          {t(target.key)}
        </a>
      ))}
      <CopyLinkButton url={url} label={t('copy')} doneLabel={t('copied')} />
    </div>
  );
}
