import { and, eq, isNull } from 'drizzle-orm';
import { db } from '..';
import { invitations, sessions, users, type Role } from '../schema';

/** How long a set-password link stays valid. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 3_600_000;

export type NewStaff = { name: string; email: string; role: Role; authorId: number | null };

export function emailTaken(email: string): boolean {
  return Boolean(db.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase())).get());
}

/** A new person with no password yet, and the link that lets them choose one. Returns their id. */
export function inviteStaff(person: NewStaff, createdBy: number, tokenHash: string, now: number): number {
  return db.transaction((tx) => {
    const { id } = tx
      .insert(users)
      .values({ ...person, email: person.email.trim().toLowerCase(), passwordHash: null, active: true, createdAt: now })
      .returning({ id: users.id })
      .get();
    addLink(tx, id, 'invite', createdBy, tokenHash, now);
    return id;
  });
}

/** A fresh link for an existing account; links sent earlier and not used stop working. */
export function issuePasswordLink(userId: number, createdBy: number, tokenHash: string, now: number) {
  db.transaction((tx) => {
    const user = tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
    tx.delete(invitations)
      .where(and(eq(invitations.userId, userId), isNull(invitations.usedAt)))
      .run();
    addLink(tx, userId, user?.passwordHash ? 'reset' : 'invite', createdBy, tokenHash, now);
  });
}

function addLink(
  tx: Pick<typeof db, 'insert'>,
  userId: number,
  purpose: 'invite' | 'reset',
  createdBy: number,
  tokenHash: string,
  now: number,
) {
  tx.insert(invitations)
    .values({ tokenHash, userId, purpose, createdBy, createdAt: now, expiresAt: now + INVITATION_LIFETIME_MS })
    .run();
}

export type LinkState =
  | { status: 'valid'; id: number; purpose: 'invite' | 'reset'; user: { id: number; name: string; email: string } }
  | { status: 'used' | 'expired' | 'unknown' };

/** What a set-password link is worth now. A link of a deactivated account counts as unknown. */
export function linkState(tokenHash: string, now: number, tx: Pick<typeof db, 'select'> = db): LinkState {
  const row = tx
    .select({
      id: invitations.id,
      purpose: invitations.purpose,
      usedAt: invitations.usedAt,
      expiresAt: invitations.expiresAt,
      user: { id: users.id, name: users.name, email: users.email, active: users.active },
    })
    .from(invitations)
    .innerJoin(users, eq(invitations.userId, users.id))
    .where(eq(invitations.tokenHash, tokenHash))
    .get();
  if (!row || !row.user.active) return { status: 'unknown' };
  if (row.usedAt !== null) return { status: 'used' };
  if (row.expiresAt <= now) return { status: 'expired' };
  const { active: _active, ...user } = row.user;
  return { status: 'valid', id: row.id, purpose: row.purpose, user };
}

/**
 * Spends a link: sets the password, marks the link used and ends the account's
 * other sessions (a reset means the old password may be known to someone), in
 * one transaction, so two submissions of one link cannot both succeed.
 */
export function redeemLink(tokenHash: string, passwordHash: string, now: number): LinkState {
  return db.transaction((tx) => {
    const state = linkState(tokenHash, now, tx);
    if (state.status !== 'valid') return state;
    tx.update(invitations).set({ usedAt: now }).where(eq(invitations.id, state.id)).run();
    tx.update(users).set({ passwordHash }).where(eq(users.id, state.user.id)).run();
    tx.delete(sessions).where(eq(sessions.userId, state.user.id)).run();
    return state;
  });
}
