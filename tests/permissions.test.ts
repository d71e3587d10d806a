import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, type Permission } from '@/lib/auth/permissions';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { ROLES } from '@/db/schema/staff';

// The expected matrix, written out independently of the table it checks.
const EXPECTED: Record<Permission, Record<(typeof ROLES)[number], boolean>> = {
  'article.create': { writer: true, editor: true, admin: true },
  'article.editAny': { writer: false, editor: true, admin: true },
  'article.submit': { writer: true, editor: true, admin: true },
  'media.upload': { writer: true, editor: true, admin: true },
  'article.publish': { writer: false, editor: true, admin: true },
  'article.sendBack': { writer: false, editor: true, admin: true },
  'curation.manage': { writer: false, editor: true, admin: true },
  'section.manage': { writer: false, editor: true, admin: true },
  'tag.manage': { writer: false, editor: true, admin: true },
  'author.manage': { writer: false, editor: true, admin: true },
  'staff.manage': { writer: false, editor: false, admin: true },
  'audit.read': { writer: false, editor: false, admin: true },
  'settings.manage': { writer: false, editor: false, admin: true },
};

describe('role × permission table', () => {
  it('covers every permission', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const permission of Object.keys(EXPECTED) as Permission[]) {
    for (const role of ROLES) {
      it(`${role} ${EXPECTED[permission][role] ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(role, permission)).toBe(EXPECTED[permission][role]);
      });
    }
  }
});

describe('passwords', () => {
  it('hash with scrypt, verify, and never store the password', async () => {
    const hash = await hashPassword('كلمة سر طويلة 123');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('كلمة');
    expect(await verifyPassword('كلمة سر طويلة 123', hash)).toBe(true);
    expect(await verifyPassword('كلمة سر طويلة 124', hash)).toBe(false);
    expect(await verifyPassword('x', null)).toBe(false);
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });
});
