import { count, desc, eq, inArray, or } from 'drizzle-orm';
import { db } from '..';
import { articles, auditLog, sections, users } from '../schema';
import type { AuditAction } from '../schema';

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, with the name of whoever acted (null once their account is gone). */
export function auditPage(page: number) {
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      subject: auditLog.subject,
      detail: auditLog.detail,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(auditLog.userId, users.id))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all()
    // The column is free text in the database; AUDIT_ACTIONS names what writeAudit may write.
    .map((row) => ({ ...row, action: row.action as AuditAction }));
  const total = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
  return { rows, total };
}

const numericIds = (keys: string[]) => keys.filter((key) => /^\d+$/.test(key)).map(Number);

/** Names for the subjects on one audit page: story titles, staff names, section names (by id or slug). */
export function auditSubjectNames(keys: { article: string[]; user: string[]; section: string[] }) {
  const articleRows = keys.article.length
    ? db
        .select({ id: articles.id, title: articles.title })
        .from(articles)
        .where(inArray(articles.id, numericIds(keys.article)))
        .all()
    : [];
  const userRows = keys.user.length
    ? db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(inArray(users.id, numericIds(keys.user)))
        .all()
    : [];
  const sectionRows = keys.section.length
    ? db
        .select({ id: sections.id, slug: sections.slug, nameAr: sections.nameAr, nameEn: sections.nameEn })
        .from(sections)
        .where(or(inArray(sections.id, numericIds(keys.section)), inArray(sections.slug, keys.section)))
        .all()
    : [];
  return {
    article: new Map(articleRows.map((row) => [String(row.id), row.title])),
    user: new Map(userRows.map((row) => [String(row.id), row.name])),
    section: new Map(
      sectionRows.flatMap(
        (row) =>
          [
            [String(row.id), row],
            [row.slug, row],
          ] as const,
      ),
    ),
  };
}
