import { describe, expect, it } from 'vitest';
import { mastheadSchema } from '@/app/[locale]/admin/(panel)/settings/masthead-schema';
import { setPasswordSchema } from '@/app/[locale]/admin/invite/[token]/set-password-schema';
import { inviteSchema } from '@/app/[locale]/admin/(panel)/staff/staff-schema';
import { SEED_MASTHEAD } from '@/db/seed/seed-article';

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe('masthead social links', () => {
  const masthead = { ...SEED_MASTHEAD, facebookUrl: '', xUrl: '', youtubeUrl: '', instagramUrl: '', telegramUrl: '' };
  it('are optional (empty is stored as null) and must be https addresses', () => {
    const parsed = mastheadSchema.parse({ ...masthead, facebookUrl: ' https://facebook.com/paper ' });
    expect(parsed.facebookUrl).toBe('https://facebook.com/paper');
    expect(parsed.xUrl).toBeNull();
    for (const bad of [
      'http://facebook.com/paper',
      'javascript:alert(1)',
      'facebook.com/paper',
      'https://localhost/x',
      'https://user:pw@x.com/',
    ]) {
      expect(messagesOf(mastheadSchema.safeParse({ ...masthead, telegramUrl: bad })), bad).toEqual({
        telegramUrl: 'httpsUrl',
      });
    }
  });
});

describe('set-password form', () => {
  it('needs ten characters and a matching confirmation', () => {
    expect(messagesOf(setPasswordSchema.safeParse({ token: 't', password: 'short', confirm: 'short' }))).toEqual({
      password: 'passwordTooShort',
    });
    expect(
      messagesOf(setPasswordSchema.safeParse({ token: 't', password: 'long enough', confirm: 'long enougH' })),
    ).toEqual({ confirm: 'passwordMismatch' });
    expect(setPasswordSchema.safeParse({ token: 't', password: 'long enough', confirm: 'long enough' }).success).toBe(
      true,
    );
  });
});

describe('invite form', () => {
  it('normalises the email and checks the role', () => {
    expect(inviteSchema.parse({ name: ' سارة ', email: ' Sara@X.test ', role: 'writer', authorId: '' })).toEqual({
      name: 'سارة',
      email: 'sara@x.test',
      role: 'writer',
      authorId: undefined,
    });
    expect(messagesOf(inviteSchema.safeParse({ name: '', email: 'nope', role: 'owner', authorId: '' }))).toMatchObject({
      name: 'required',
      email: 'email',
    });
  });
});
