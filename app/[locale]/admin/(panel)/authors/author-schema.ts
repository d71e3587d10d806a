import { z } from 'zod';
import { plainText } from '@/lib/plain-text';

const optionalId = z.preprocess(
  (value) => (value === '' || value === undefined ? undefined : value),
  z.coerce.number().int().positive().optional(),
);

/** Edit (id) or add (no id) a writer; messages are AdminErrors keys. */
export const authorSchema = z.object({
  id: optionalId,
  name: plainText().min(1, 'required').max(80, 'tooLong'),
  nameEn: plainText().max(80, 'tooLong').default(''),
  bio: plainText().max(500, 'tooLong').default(''),
  photoId: optionalId,
});
