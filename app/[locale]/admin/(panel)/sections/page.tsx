import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { allSections } from '@/db/queries/site';
import { requireStaff } from '@/lib/auth/session';
import { SectionsBoard } from '@/components/admin/sections-board';
import { saveSectionAction } from './save-section-action';
import { arrangeSectionAction } from './arrange-section-action';

const LABELS = [
  'nameAr',
  'nameEn',
  'slug',
  'rename',
  'up',
  'down',
  'delete',
  'create',
  'newSection',
  'saving',
] as const;

export default async function SectionsPage({ params }: PageProps<'/[locale]/admin/sections'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaff(locale, 'section.manage');
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const labels = Object.fromEntries(LABELS.map((key) => [key, t(`sectionsBoard.${key}`)])) as Record<
    (typeof LABELS)[number],
    string
  >;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t('sectionsBoard.title')}</h1>
      <SectionsBoard save={saveSectionAction} arrange={arrangeSectionAction} sections={allSections()} labels={labels} />
    </>
  );
}
