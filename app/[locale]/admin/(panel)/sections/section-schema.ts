import { z } from 'zod';
import { plainText } from '@/lib/plain-text';

const name = plainText().min(1, 'required').max(60, 'tooLong');

/** Create (no id) or rename (id) a section; messages are AdminErrors keys. */
export const sectionSchema = z.object({
  id: z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().positive().optional()),
  slug: plainText()
    .toLowerCase()
    .max(60, 'tooLong')
    .regex(/^[\p{L}\p{N}-]*$/u, 'badSlug'),
  nameAr: name,
  nameEn: name,
});

export const sectionMoveSchema = z.object({
  id: z.coerce.number().int().positive(),
  move: z.enum(['up', 'down', 'delete']),
});
