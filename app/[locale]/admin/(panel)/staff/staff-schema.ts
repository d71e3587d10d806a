import { z } from 'zod';
import { ROLES } from '@/db/schema/staff';
import { plainText } from '@/lib/plain-text';

// Rules of the staff page's forms; messages are AdminErrors keys.
const userId = z.coerce.number().int().positive();

export const inviteSchema = z.object({
  name: plainText().min(1, 'required').max(120, 'tooLong'),
  email: z.string().trim().toLowerCase().pipe(z.email('email').max(200, 'tooLong')),
  role: z.enum(ROLES),
  authorId: z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().positive().optional()),
});

export const roleSchema = z.object({ userId, role: z.enum(ROLES) });

export const activeSchema = z.object({
  userId,
  active: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

export const passwordLinkSchema = z.object({ userId });
