import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useSeededTempDatabase } from './support/temp-db';
import { users } from '@/db/schema';

const temp = useSeededTempDatabase();
const staff = await import('@/db/queries/staff');
const { db, now } = temp;
afterAll(() => temp.cleanup());

const userId = db
  .insert(users)
  .values({ email: 'e@x.test', name: 'محرر', role: 'editor', passwordHash: null, createdAt: now })
  .returning()
  .get().id;

describe('sessions', () => {
  it('are valid until they expire', () => {
    staff.insertSession('live', userId, now + 60_000);
    staff.insertSession('old', userId, now - 1);
    expect(staff.sessionUser('live', now)?.id).toBe(userId);
    expect(staff.sessionUser('old', now)).toBeUndefined();
    expect(staff.sessionUser('live', now + 60_001)).toBeUndefined();
  });
  it('end on sign-out and when the account is deactivated', () => {
    staff.insertSession('revoked', userId, now + 60_000);
    staff.deleteSession('revoked');
    expect(staff.sessionUser('revoked', now)).toBeUndefined();
    db.update(users).set({ active: false }).where(eq(users.id, userId)).run();
    expect(staff.sessionUser('live', now)).toBeUndefined();
  });
  it('are pruned once expired', () => {
    staff.deleteExpiredSessions(now);
    expect(db.$client.prepare("SELECT count(*) FROM sessions WHERE id = 'old'").pluck().get()).toBe(0);
  });
});
