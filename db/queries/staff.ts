import { and, asc, count, eq, gt, inArray, isNull, lt, max, sql } from 'drizzle-orm';
import { db } from '..';
import {
  auditLog,
  authors,
  invitations,
  sessions,
  signInFailures,
  users,
  type AuditAction,
  type Role,
} from '../schema';

export function userByEmail(email: string) {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

export function insertSession(id: string, userId: number, expiresAt: number) {
  db.insert(sessions).values({ id, userId, createdAt: Date.now(), expiresAt }).run();
}

/** The active user behind a live session, or undefined. */
export function sessionUser(id: string, now: number) {
  const row = db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), eq(users.active, true)))
    .get();
  return row?.user;
}

export function deleteSession(id: string) {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}

export function deleteExpiredSessions(now: number) {
  db.delete(sessions).where(lt(sessions.expiresAt, now)).run();
}

/** Returns the rows written, so an attempt that turns out to succeed can be taken back. */
export function recordSignInFailure(keys: string[], at: number): number[] {
  return db.transaction((tx) =>
    keys.map((key) => tx.insert(signInFailures).values({ key, at }).returning({ id: signInFailures.id }).get().id),
  );
}

export function forgetSignInAttempt(rowIds: number[]) {
  db.delete(signInFailures).where(inArray(signInFailures.id, rowIds)).run();
}

/** How often `key` failed since `since`, and when last (0 when never). */
export function signInFailureSummary(key: string, since: number): { count: number; last: number } {
  const row = db
    .select({ count: count(), last: max(signInFailures.at) })
    .from(signInFailures)
    .where(and(eq(signInFailures.key, key), gt(signInFailures.at, since)))
    .get();
  return { count: row?.count ?? 0, last: row?.last ?? 0 };
}

export function writeAudit(
  userId: number | null,
  action: AuditAction,
  subject: string,
  detail?: Record<string, unknown>,
) {
  db.insert(auditLog)
    .values({ at: Date.now(), userId, action, subject, detail: detail ? JSON.stringify(detail) : null })
    .run();
}

/** The staff page's list: everyone, deactivated accounts included, with the byline they write under. */
export function staffList() {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`.mapWith(Boolean),
      byline: authors.name,
    })
    .from(users)
    .leftJoin(authors, eq(users.authorId, authors.id))
    .orderBy(asc(users.name), asc(users.id))
    .all();
}

export function userById(id: number) {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function setUserRole(id: number, role: Role) {
  db.update(users).set({ role }).where(eq(users.id, id)).run();
}

/**
 * Deactivation ends the person's sessions and withdraws their unused
 * set-password links in the same transaction, so nothing they hold still works.
 */
export function setUserActive(id: number, active: boolean) {
  db.transaction((tx) => {
    tx.update(users).set({ active }).where(eq(users.id, id)).run();
    if (active) return;
    tx.delete(sessions).where(eq(sessions.userId, id)).run();
    tx.delete(invitations)
      .where(and(eq(invitations.userId, id), isNull(invitations.usedAt)))
      .run();
  });
}
