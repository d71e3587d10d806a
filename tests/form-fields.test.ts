import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTranslator } from 'next-intl';
import { parseForm } from '@/lib/auth/form-fields';
import messages from '@/messages/en/admin.json';
import arabic from '@/messages/ar/admin.json';
import { setPasswordSchema } from '@/app/[locale]/admin/invite/[token]/set-password-schema';
import { PASSWORD_LENGTH } from '@/lib/auth/password';

const t = createTranslator({ locale: 'en', messages, namespace: 'AdminErrors' });

const schema = z.object({
  name: z.string().trim().min(1, 'required').max(10, 'tooLong'),
  password: z.string().min(10, 'passwordTooShort'),
  alt: z.string().refine((value) => value !== 'x', 'not an AdminErrors key'),
  file: z.instanceof(File).optional(),
});

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

describe('parseForm', () => {
  it('returns the typed input when the form is valid', () => {
    const file = new File(['bytes'], 'photo.jpg', { type: 'image/jpeg' });
    const parsed = parseForm(form({ name: ' سارة ', password: 'long enough', alt: 'ok', file }), schema, t);
    expect(parsed).toEqual({
      success: true,
      data: { name: 'سارة', password: 'long enough', alt: 'ok', file },
      values: { name: ' سارة ', alt: 'ok' },
    });
  });

  it('translates each field’s first error, naming the limit the message asks for', () => {
    const parsed = parseForm(form({ name: '', password: 'short', alt: 'x' }), schema, t);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.fieldErrors).toEqual({
      name: messages.AdminErrors.required,
      password: 'The password is too short: at least 10 characters.',
      // A message that is not an AdminErrors key is never shown as is.
      alt: messages.AdminErrors.invalid,
    });
  });

  it('hands back what was typed: text only, never a secret, a file or React’s own fields', () => {
    const parsed = parseForm(
      form({
        name: 'far too long a name',
        password: 'hunter2',
        confirm: 'hunter2',
        token: 'abc',
        alt: 'صورة',
        file: new File(['bytes'], 'photo.jpg'),
        $ACTION_ID_123: '',
      }),
      schema,
      t,
    );
    expect(parsed.success).toBe(false);
    expect(parsed.values).toEqual({ name: 'far too long a name', alt: 'صورة' });
    if (!parsed.success) expect(Object.keys(parsed.fieldErrors)).toEqual(['name', 'password']);
  });

  it('refuses a missing field or a file where text belongs', () => {
    const parsed = parseForm(form({ name: new File(['x'], 'name.txt'), alt: '' }), schema, t);
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(parsed.fieldErrors).toEqual({
        name: messages.AdminErrors.invalid,
        password: messages.AdminErrors.invalid,
      });
  });
});

describe('the set-password form, read as its action reads it', () => {
  it('says in Arabic how long a password must be, and sends back neither the passwords nor the link', () => {
    const ar = createTranslator({ locale: 'ar', messages: arabic, namespace: 'AdminErrors' });
    const parsed = parseForm(form({ token: 'abc', password: 'short', confirm: 'other' }), setPasswordSchema, ar);
    expect(parsed).toEqual({
      success: false,
      fieldErrors: {
        password: ar('passwordTooShort', { min: PASSWORD_LENGTH.min }),
        confirm: ar('passwordMismatch'),
      },
      values: {},
    });
    expect(ar('passwordTooShort', { min: PASSWORD_LENGTH.min })).toContain(String(PASSWORD_LENGTH.min));
  });
});
