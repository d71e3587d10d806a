import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Author } from '@/db/schema';
import { authorName } from '@/lib/localized';
import { BidiText } from '@/components/ui/bidi-text';
import { ResponsiveImage } from './responsive-image';

type Props = {
  locale: Locale;
  author: Pick<Author, 'name' | 'nameEn' | 'bio' | 'kind' | 'websiteUrl' | 'xUrl' | 'facebookUrl' | 'linkedinUrl'> & {
    photo: { src: string | null; width: number | null; height: number | null } | null;
  };
};

const LINKS = ['websiteUrl', 'xUrl', 'facebookUrl', 'linkedinUrl'] as const;

/** The head of a writer's page: portrait, who they write as, bio and their own links. */
export async function AuthorProfile({ locale, author }: Props) {
  const t = await getTranslations({ locale, namespace: 'AuthorProfile' });
  const name = authorName(author, locale);
  const photo = author.photo?.src ? { ...author.photo, src: author.photo.src } : null;
  const links = LINKS.filter((field) => author[field]);
  if (!photo && !author.bio && !links.length && author.kind === 'staff') return null;
  return (
    <section className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-start" data-testid="author-profile">
      {photo && (
        <ResponsiveImage
          image={{ src: photo.src, width: photo.width ?? 0, height: photo.height ?? 0, alt: t('photo', { name }) }}
          sizes="8rem"
          className="size-32 shrink-0 rounded-full object-cover"
        />
      )}
      <div className="flex flex-col gap-2">
        {author.kind !== 'staff' && <p className="text-sm font-bold text-brand">{t(author.kind)}</p>}
        {author.bio && (
          <p className="leading-relaxed">
            <BidiText text={author.bio} />
          </p>
        )}
        {links.length > 0 && (
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t('links', { name })}>
            {links.map((field) => (
              <li key={field}>
                <a href={author[field]!} rel="noopener noreferrer me" className="text-brand hover:underline">
                  {t(field)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
