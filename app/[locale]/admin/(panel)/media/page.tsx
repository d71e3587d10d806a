import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { mediaPage } from '@/db/queries/media';
import { requireStaff } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/dates';
import { pageCount, parsePageParam } from '@/lib/pagination';
import { MediaUploadForm } from '@/components/admin/media-upload-form';
import { ResponsiveImage } from '@/components/site/responsive-image';
import { Pagination } from '@/components/site/pagination';
import { uploadMediaAction } from './upload-media-action';

const PER_PAGE = 24;
const FORM_LABELS = ['upload', 'file', 'fileHint', 'alt', 'altHint', 'credit'] as const;

export default async function MediaLibraryPage({ params, searchParams }: PageProps<'/[locale]/admin/media'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaff(locale, 'media.upload');
  const [t, errors] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin' }),
    getTranslations({ locale, namespace: 'AdminErrors' }),
  ]);
  const page = parsePageParam((await searchParams).page);
  if (page === null) notFound();
  const { items, total } = mediaPage(page, PER_PAGE);
  const labels = {
    ...Object.fromEntries(FORM_LABELS.map((key) => [key, t(`media.${key}`)])),
    imageTooLarge: errors('imageTooLarge'),
  } as Record<(typeof FORM_LABELS)[number] | 'imageTooLarge', string>;
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t('media.title')}</h1>
      <MediaUploadForm action={uploadMediaAction} labels={labels} />
      {items.length === 0 ? (
        <p className="mt-8 text-muted">{t('media.empty')}</p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t('media.title')}>
          {items.map((image) => (
            <li key={image.id} className="rounded border border-rule p-2 text-sm">
              <ResponsiveImage
                image={image}
                sizes="(min-width: 1024px) 260px, (min-width: 640px) 45vw, 100vw"
                className="aspect-video h-auto w-full rounded object-cover"
              />
              <p className="mt-2 font-bold" dir="auto">
                {image.alt}
              </p>
              <p className="text-muted">
                {/* "1200×675" is read left to right in an Arabic line too (else it shows as 675×1200). */}
                <bdi dir="ltr">{t('media.dimensions', { width: image.width, height: image.height })}</bdi>
                {image.credit && <span dir="auto"> · {image.credit}</span>}
              </p>
              <p className="text-muted">{t('media.addedOn', { date: formatDateTime(image.createdAt, locale) })}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} basePath="/admin/media" page={page} totalPages={pageCount(total, PER_PAGE)} />
    </>
  );
}
