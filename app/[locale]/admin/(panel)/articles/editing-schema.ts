import { z } from 'zod';

const optionalId = z.preprocess(
  (value) => (value === '' || value === undefined ? undefined : value),
  z.coerce.number().int().positive().optional(),
);

const flag = z.preprocess((value) => value === 'on', z.boolean());

/**
 * A report from an open story form: its story (none when new) and the version
 * the form was opened on, whether to take it over, whether it carries the typed fields.
 */
export const editingReportSchema = z.object({
  id: optionalId,
  version: optionalId,
  takeover: flag,
  autosave: flag,
});

/** Bring back one saved version of a story, on top of the version the editor last saw. */
export const restoreRevisionSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  revisionId: z.coerce.number().int().positive(),
});

/** Longest form kept by autosave, in characters: a body at its limit plus the other fields. */
export const AUTOSAVE_MAX_CHARS = 220_000;
