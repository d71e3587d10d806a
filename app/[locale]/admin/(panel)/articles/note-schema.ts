import { z } from 'zod';
import { NOTE_KINDS } from '@/db/schema';
import { plainText } from '@/lib/plain-text';

const id = z.coerce.number().int().positive();
const optionalId = z.preprocess((value) => (value === '' ? undefined : value), id.optional());

/** A correction or update on a story: a new one, or (with noteId) one rewritten. `at`: newsroom time, empty for now. */
export const saveNoteSchema = z.object({
  id,
  noteId: optionalId,
  kind: z.enum(NOTE_KINDS, 'invalid'),
  text: plainText().min(1, 'required').max(2000, 'tooLong'),
  at: plainText().max(19, 'badDate').default(''),
});

export const removeNoteSchema = z.object({ id, noteId: id });
