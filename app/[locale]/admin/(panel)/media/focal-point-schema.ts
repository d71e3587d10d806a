import { z } from 'zod';

const percent = z.coerce.number({ error: 'focalPoint' }).int('focalPoint').min(0, 'focalPoint').max(100, 'focalPoint');

/** A picture's focal point in whole percent; `clear` drops it (back to the centre and sharp's own crop). */
export const focalPointSchema = z.object({
  mediaId: z.coerce.number().int().positive(),
  x: percent,
  y: percent,
  clear: z.literal('1').optional(),
});
