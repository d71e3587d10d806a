import { z } from 'zod';
import { PASSWORD_LENGTH } from '@/lib/auth/password';

/** The set-password form; messages are AdminErrors keys. */
export const setPasswordSchema = z
  .object({
    token: z.string().max(100),
    password: z.string().min(PASSWORD_LENGTH.min, 'passwordTooShort').max(PASSWORD_LENGTH.max, 'tooLong'),
    confirm: z.string().max(PASSWORD_LENGTH.max, 'tooLong'),
  })
  .refine((input) => input.password === input.confirm, { path: ['confirm'], message: 'passwordMismatch' });
