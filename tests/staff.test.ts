import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { AUDIT_ACTIONS, invitations, users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { staffChangeRefusal } from '@/lib/auth/staff-rules';
import { hashToken, newToken, TOKEN_PATTERN } from '@/lib/auth/token';
import { parseAuditSubject } from '@/lib/audit-subject';
import arStaff from '@/messages/ar/staff.json';
import enStaff from '@/messages/en/staff.json';

const temp = useSeededTempDatabase();
const links = await import('@/db/queries/invitations');
const staff = await import('@/db/queries/staff');
const audit = await import('@/db/queries/audit');
const { db, now } = temp;
afterAll(() => temp.cleanup());

const adminId = db
  .insert(users)
  .values({ email: 'boss@x.test', name: 'المدير', role: 'admin', passwordHash: 'x', createdAt: now })
  .returning()
  .get().id;
const DAY = 24 * 3_600_000;

describe('tokens', () => {
  it('are 256 random bits, stored as their SHA-256 only', () => {
    const a = newToken();
    const b = newToken();
    expect(a.token).toMatch(TOKEN_PATTERN);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(createHash('sha256').update(a.token).digest('base64url'));
    expect(a.hash).not.toContain(a.token);
    expect(hashToken(a.token)).toBe(a.hash);
  });
});

describe('invitations', () => {
  const { token, hash } = newToken();
  const userId = links.inviteStaff(
    { name: 'كاتب جديد', email: ' New@X.test ', role: 'writer', authorId: null },
    adminId,
    hash,
    now,
  );

  it('create an account with no password and a link that lasts seven days', () => {
    const user = staff.userById(userId)!;
    expect(user).toMatchObject({ email: 'new@x.test', role: 'writer', active: true, passwordHash: null });
    expect(links.emailTaken('NEW@x.test')).toBe(true);
    const row = db.select().from(invitations).where(eq(invitations.userId, userId)).get()!;
    expect(row.tokenHash).toBe(hash);
    expect(row.expiresAt - row.createdAt).toBe(7 * DAY);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(links.linkState(hash, now + 7 * DAY - 1)).toMatchObject({
      status: 'valid',
      purpose: 'invite',
      user: { id: userId, name: 'كاتب جديد' },
    });
  });

  it('expire after seven days and are unknown when never issued', () => {
    expect(links.linkState(hash, now + 7 * DAY).status).toBe('expired');
    expect(links.redeemLink(hash, 'scrypt$x', now + 8 * DAY).status).toBe('expired');
    expect(links.linkState(hashToken('never-issued'), now).status).toBe('unknown');
    expect(staff.userById(userId)?.passwordHash).toBeNull();
  });

  it('set the password once, end older sessions, and refuse a second use', async () => {
    staff.insertSession('before-reset', userId, now + DAY);
    const passwordHash = await hashPassword('كلمة مرور طويلة');
    expect(links.redeemLink(hash, passwordHash, now + 1000)).toMatchObject({ status: 'valid', user: { id: userId } });
    expect(await verifyPassword('كلمة مرور طويلة', staff.userById(userId)!.passwordHash)).toBe(true);
    expect(staff.sessionUser('before-reset', now)).toBeUndefined();
    expect(links.redeemLink(hash, await hashPassword('another password'), now + 2000).status).toBe('used');
    expect(await verifyPassword('كلمة مرور طويلة', staff.userById(userId)!.passwordHash)).toBe(true);
  });

  it('issued again, a reset link supersedes the unused one before it', () => {
    const first = newToken();
    const second = newToken();
    links.issuePasswordLink(userId, adminId, first.hash, now);
    links.issuePasswordLink(userId, adminId, second.hash, now);
    expect(links.linkState(first.hash, now).status).toBe('unknown');
    expect(links.linkState(second.hash, now)).toMatchObject({ status: 'valid', purpose: 'reset' });
  });

  it('stop working, with every session, when the account is deactivated', () => {
    const pending = newToken();
    links.issuePasswordLink(userId, adminId, pending.hash, now);
    staff.insertSession('live-writer', userId, now + DAY);
    expect(staff.sessionUser('live-writer', now)?.id).toBe(userId);
    staff.setUserActive(userId, false);
    expect(db.$client.prepare('SELECT count(*) FROM sessions WHERE user_id = ?').pluck().get(userId)).toBe(0);
    expect(links.linkState(pending.hash, now).status).toBe('unknown');
    staff.setUserActive(userId, true);
    expect(staff.staffList().find((member) => member.id === userId)).toMatchObject({ active: true, hasPassword: true });
  });
});

describe('who may change whom', () => {
  it('refuses self-demotion and self-deactivation, nothing else', () => {
    expect(staffChangeRefusal(1, { id: 1 }, { role: 'editor' })).toBe('selfDemote');
    expect(staffChangeRefusal(1, { id: 1 }, { role: 'writer' })).toBe('selfDemote');
    expect(staffChangeRefusal(1, { id: 1 }, { role: 'admin' })).toBeNull();
    expect(staffChangeRefusal(1, { id: 1 }, { active: false })).toBe('selfDeactivate');
    expect(staffChangeRefusal(1, { id: 1 }, { active: true })).toBeNull();
    expect(staffChangeRefusal(1, { id: 2 }, { role: 'writer' })).toBeNull();
    expect(staffChangeRefusal(1, { id: 2 }, { active: false })).toBeNull();
  });
});

describe('audit log', () => {
  it('lists newest first with the actor and names its subjects', () => {
    const target = staff.userByEmail('new@x.test')!;
    staff.writeAudit(adminId, 'change-role', `user:${target.id}`, { from: 'writer', to: 'editor' });
    staff.writeAudit(adminId, 'deactivate-staff', `user:${target.id}`);
    const { rows, total } = audit.auditPage(1);
    expect(total).toBeGreaterThanOrEqual(2);
    expect(rows.slice(0, 2).map((row) => row.action)).toEqual(['deactivate-staff', 'change-role']);
    expect(rows[1]).toMatchObject({ actorName: 'المدير', detail: JSON.stringify({ from: 'writer', to: 'editor' }) });
    const names = audit.auditSubjectNames({ article: [], user: [String(target.id)], section: ['world'] });
    expect(names.user.get(String(target.id))).toBe('كاتب جديد');
    expect(names.section.get('world')?.nameEn).toBe('World');
  });

  it('reads subjects of every shape', () => {
    expect(parseAuditSubject('article:12')).toEqual({ kind: 'article', key: '12' });
    expect(parseAuditSubject('section:world')).toEqual({ kind: 'section', key: 'world' });
    expect(parseAuditSubject('settings')).toEqual({ kind: 'settings' });
    expect(parseAuditSubject('user:')).toEqual({ kind: 'other', raw: 'user:' });
  });

  it('has a label in both languages for every action it records', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(arStaff.Staff.audit.actions, action).toHaveProperty([action]);
      expect(enStaff.Staff.audit.actions, action).toHaveProperty([action]);
    }
  });
});

describe('staff messages', () => {
  it('have the same keys in Arabic and English', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value
        ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
        : [prefix];
    expect(keys(enStaff).sort()).toEqual(keys(arStaff).sort());
  });
});
