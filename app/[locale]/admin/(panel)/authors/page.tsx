import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { recentMedia } from '@/db/queries/media';
import { allAuthors } from '@/db/queries/site';
import { AUTHOR_KINDS } from '@/db/schema';
import { requireStaff } from '@/lib/auth/session';
import { imageLabel } from '@/lib/media/label';
import { AuthorsBoard } from '@/components/admin/authors-board';
import { saveAuthorAction } from './save-author-action';

const LABELS = [
  'name',
  'nameEn',
  'bio',
  'photo',
  'photoHint',
  'noPhoto',
  'save',
  'create',
  'newAuthor',
  'saving',
  'kind',
  'linksHint',
  'websiteUrl',
  'xUrl',
  'facebookUrl',
  'linkedinUrl',
] as const;

/** Every writer: name in both languages, bio, photo, kind and links; and a form to add one. */
export default async function AuthorsPage({ params }: PageProps<'/[locale]/admin/authors'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaff(locale, 'author.manage');
  const t = await getTranslations({ locale, namespace: 'Admin.authorsBoard' });
  const labels = Object.fromEntries(LABELS.map((key) => [key, t(key)])) as Record<(typeof LABELS)[number], string>;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4 text-sm text-muted">{t('intro')}</p>
      <AuthorsBoard
        save={saveAuthorAction}
        authors={allAuthors().map((author) => ({
          id: String(author.id),
          name: author.name,
          nameEn: author.nameEn ?? '',
          bio: author.bio ?? '',
          photoId: author.photoId ? String(author.photoId) : '',
          kind: author.kind,
          websiteUrl: author.websiteUrl ?? '',
          xUrl: author.xUrl ?? '',
          facebookUrl: author.facebookUrl ?? '',
          linkedinUrl: author.linkedinUrl ?? '',
          heading: t('edit', { name: author.name }),
        }))}
        photos={recentMedia().map((image) => ({ value: String(image.id), label: imageLabel(image) }))}
        kinds={AUTHOR_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        labels={labels}
      />
    </>
  );
}
