import { z } from 'zod';
import { plainText } from '@/lib/plain-text';

const storyId = z.coerce.number().int().positive();

/** Put a story under embargo until a newsroom time ("2026-12-03T09:00"), or extend one. */
export const setEmbargoSchema = z.object({ id: storyId, embargoUntil: plainText().min(1, 'required') });

/** Lift an embargo before its time: the reason goes on record. */
export const liftEmbargoSchema = z.object({
  id: storyId,
  reason: plainText().min(1, 'liftReasonRequired').max(500, 'tooLong'),
});
