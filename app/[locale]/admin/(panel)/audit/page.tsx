import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { localeParam } from '@/i18n/locale-param';
import { AUDIT_PAGE_SIZE, auditPage, auditSubjectNames } from '@/db/queries/audit';
import { ROLES } from '@/db/schema/staff';
import { requireStaff } from '@/lib/auth/session';
import { parseAuditSubject } from '@/lib/audit-subject';
import { pageCount, parsePageParam } from '@/lib/pagination';
import { Pagination } from '@/components/site/pagination';
import { AuditLogTable } from '@/components/admin/audit-log-table';

/** Who published, unpublished, deleted, changed roles…, and when; newest first, admins only. */
export default async function AuditPage({ params, searchParams }: PageProps<'/[locale]/admin/audit'>) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaff(locale, 'audit.read');
  const [t, tAdmin, query] = await Promise.all([
    getTranslations({ locale, namespace: 'Staff.audit' }),
    getTranslations({ locale, namespace: 'Admin' }),
    searchParams,
  ]);
  const page = parsePageParam(query.page);
  if (page === null) notFound();
  const { rows, total } = auditPage(page);
  const totalPages = pageCount(total, AUDIT_PAGE_SIZE);
  if (page > totalPages) notFound();
  const subjects = rows.map((row) => parseAuditSubject(row.subject));
  const keysOf = (kind: 'article' | 'user' | 'section') =>
    subjects.flatMap((subject) => (subject.kind === kind ? [subject.key] : []));
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4 text-sm text-muted">{t('intro')}</p>
      {rows.length === 0 ? (
        <p className="py-8 text-center text-muted">{t('empty')}</p>
      ) : (
        <AuditLogTable
          locale={locale}
          rows={rows}
          roles={ROLES.map((role) => ({ value: role, label: tAdmin(`roles.${role}`) }))}
          names={auditSubjectNames({ article: keysOf('article'), user: keysOf('user'), section: keysOf('section') })}
        />
      )}
      <Pagination locale={locale} basePath="/admin/audit" page={page} totalPages={totalPages} />
    </>
  );
}
