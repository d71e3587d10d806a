import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { allSections } from '@/db/queries/site';
import { requireUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
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
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [user, t] = await Promise.all([requireUser(locale), getTranslations({ locale, namespace: 'Admin' })]);
  if (!can(user.role, 'section.manage')) notFound();
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
