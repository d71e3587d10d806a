import { z } from 'zod';
import { plainText } from '@/lib/plain-text';

/** Rename (or merge, when the name is another tag's) or delete a tag; messages are AdminErrors keys. */
export const tagEditSchema = z.object({
  id: z.coerce.number().int().positive(),
  intent: z.enum(['rename', 'delete']),
  // A comma separates tags in the story form: a name holding one would split there.
  name: plainText()
    .max(60, 'tooLong')
    .regex(/^[^,،]*$/, 'tagSeparator')
    .default(''),
});
