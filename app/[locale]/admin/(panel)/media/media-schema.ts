import { z } from 'zod';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { plainText } from '@/lib/plain-text';

/** An upload: the picture (its content is checked when processed) and the words that go with it. */
export const mediaUploadSchema = z.object({
  file: z.file({ error: 'imageRequired' }).min(1, 'imageRequired').max(MAX_UPLOAD_BYTES, 'imageTooLarge'),
  alt: plainText().min(1, 'altRequired').max(300, 'tooLong'),
  credit: plainText().max(120, 'tooLong').default(''),
});
