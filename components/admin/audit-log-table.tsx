import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { AuditAction } from '@/db/schema/staff';
import { parseAuditSubject, type AuditSubject } from '@/lib/audit-subject';
import { formatDateTime, isoDate } from '@/lib/dates';
import { sectionName } from '@/lib/localized';

type Row = {
  id: number;
  at: number;
  action: AuditAction;
  subject: string;
  detail: string | null;
  actorName: string | null;
};
/** Names of the subjects on the page, keyed as in the subject ("article:12" → "12"). */
export type SubjectNames = {
  article: Map<string, string>;
  user: Map<string, string>;
  section: Map<string, { nameAr: string; nameEn: string }>;
};

type Props = {
  locale: Locale;
  rows: Row[];
  names: SubjectNames;
  /** Each role's name, by its value. */
  roles: { value: string; label: string }[];
};

/** The audit log as a table: when, who, a translated action, its subject by name, and a readable detail. */
export async function AuditLogTable({ locale, rows, names, roles }: Props) {
  const t = await getTranslations({ locale, namespace: 'Staff.audit' });
  const roleName = (value: unknown) => roles.find((role) => role.value === value)?.label;
  const subjectCell = (subject: AuditSubject) => {
    switch (subject.kind) {
      case 'article': {
        const title = names.article.get(subject.key);
        if (!title) return t('subjects.article', { name: `#${subject.key}` });
        return (
          <Link href={`/admin/articles/${subject.key}`} className="hover:text-brand">
            {t('subjects.article', { name: title })}
          </Link>
        );
      }
      case 'user':
        return t('subjects.user', { name: names.user.get(subject.key) ?? `#${subject.key}` });
      case 'section': {
        const section = names.section.get(subject.key);
        return t('subjects.section', { name: section ? sectionName(section, locale) : subject.key });
      }
      case 'tag':
        return t('subjects.tag', { name: subject.key });
      case 'settings':
        return t('subjects.settings');
      case 'other':
        return subject.raw;
    }
  };
  // Role changes, invitations, tag renames and lifted embargoes carry a detail worth reading.
  const detailCell = (detail: string | null) => {
    const parsed = detail ? (JSON.parse(detail) as Record<string, unknown>) : {};
    const [from, to, role] = [roleName(parsed.from), roleName(parsed.to), roleName(parsed.role)];
    if (from && to) return t('roleChange', { from, to });
    if (role) return t('asRole', { role });
    if (typeof parsed.to === 'string') return t('renamedTo', { name: parsed.to });
    // A lifted embargo carries the reason given for it.
    if (typeof parsed.reason === 'string') return parsed.reason;
    // A story sent back carries the note its writer was given.
    if (typeof parsed.note === 'string') return parsed.note;
    return '';
  };
  return (
    // One card per entry on a phone (card-table in globals.css).
    <div>
      <table className="card-table w-full text-start text-sm">
        <thead>
          <tr className="border-b-2 border-ink">
            {(['when', 'who', 'action', 'subject', 'detail'] as const).map((key) => (
              <th key={key} className="p-2 text-start">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-rule">
              <td className="p-2 whitespace-nowrap" data-label={t('when')}>
                <time dateTime={isoDate(row.at)}>{formatDateTime(row.at, locale)}</time>
              </td>
              <td className="p-2" data-label={t('who')}>
                {row.actorName ? <bdi>{row.actorName}</bdi> : '—'}
              </td>
              {/* Rows written before an action had a label show its name rather than fail. */}
              <td className="p-2" data-label={t('action')}>
                {t.has(`actions.${row.action}`) ? t(`actions.${row.action}`) : row.action}
              </td>
              <td className="p-2" dir="auto" data-label={t('subject')}>
                {subjectCell(parseAuditSubject(row.subject))}
              </td>
              <td className="p-2" data-label={t('detail')}>
                {detailCell(row.detail)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
