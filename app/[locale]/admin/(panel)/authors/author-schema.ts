import { z } from 'zod';
import { AUTHOR_KINDS } from '@/db/schema/people';
import { httpsLink } from '@/lib/https-link';
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
  kind: z.enum(AUTHOR_KINDS, { error: 'invalid' }).default('staff'),
  websiteUrl: httpsLink.default(''),
  xUrl: httpsLink.default(''),
  facebookUrl: httpsLink.default(''),
  linkedinUrl: httpsLink.default(''),
});
