import { z } from 'zod';
import { plainText } from '@/lib/plain-text';

/** Send a story back to its writer: the note says what to change, so it is required. */
export const sendBackSchema = z.object({
  id: z.coerce.number().int().positive(),
  note: plainText().min(1, 'reviewNoteRequired').max(2000, 'tooLong'),
});
