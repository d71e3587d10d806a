import { z } from 'zod';
import { cleanText, plainText } from '@/lib/plain-text';

// Field rules of the live-blog panel's forms. Messages are keys of AdminErrors.
const id = z.coerce.number().int().positive('invalid');
const optionalId = z.preprocess((value) => (value === '' || value === undefined ? undefined : value), id.optional());

export const liveEntrySchema = z.object({
  articleId: id,
  /** Absent for a new entry. */
  id: optionalId,
  /** The entry's updatedAt when the form opened: an edit over someone else's newer one is refused. */
  updatedAt: optionalId,
  body: z.string().overwrite(cleanText).max(50_000, 'tooLong').default(''),
  imageId: optionalId,
  imageCaption: plainText().max(300, 'tooLong').default(''),
  isKeyEvent: z.preprocess((value) => value === 'on', z.boolean()),
});

export const liveEntryChangeSchema = z.object({
  articleId: id,
  id,
  intent: z.enum(['pin', 'unpin', 'key', 'unkey', 'delete']),
});

export const liveBlogSchema = z.object({ articleId: id, intent: z.enum(['start', 'end', 'reopen']) });
