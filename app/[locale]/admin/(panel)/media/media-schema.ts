import { z } from 'zod';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';

/** An upload: the picture (its content is checked when processed) and the words that go with it. */
export const mediaUploadSchema = z.object({
  file: z.file({ error: 'imageRequired' }).min(1, 'imageRequired').max(MAX_UPLOAD_BYTES, 'imageTooLarge'),
  alt: z.string().trim().min(1, 'altRequired').max(300, 'tooLong'),
  credit: z.string().trim().max(120, 'tooLong').default(''),
});
