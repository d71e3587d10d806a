import type { z } from 'zod';
import type { Messages } from '@/messages';

type ErrorKey = keyof Messages['AdminErrors'];
/**
 * The AdminErrors translator, as far as form parsing needs it: zod messages
 * are AdminErrors keys, and a key's message may name the limit (`{min}`, `{max}`).
 */
export type ErrorTranslator = {
  (key: ErrorKey, values?: Record<string, number>): string;
  has(key: string): boolean;
};

/** Never handed back with errors: a secret stays in the browser's field or nowhere. */
const SECRET_FIELDS = new Set(['password', 'confirm', 'token']);

export type ParsedForm<Output> =
  | { success: true; data: Output; values: Record<string, string> }
  | { success: false; fieldErrors: Record<string, string>; values: Record<string, string> };

/**
 * Reads a posted form with a schema: the typed input, or each field's first
 * error in the editor's language. Either way, what was typed (text only, no
 * files, no secrets) comes back to refill the form.
 */
export function parseForm<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  t: ErrorTranslator,
): ParsedForm<z.output<Schema>> {
  const fields: Record<string, FormDataEntryValue> = {};
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    // React's own fields for the server action, not the form's.
    if (key.startsWith('$ACTION')) continue;
    fields[key] = value;
    if (typeof value === 'string' && !SECRET_FIELDS.has(key)) values[key] = value;
  }
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { success: true, data: parsed.data, values };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    fieldErrors[field] ??= t.has(issue.message) ? t(issue.message as ErrorKey, limitOf(issue)) : t('invalid');
  }
  return { success: false, fieldErrors, values };
}

/** The bound a too-short or too-long value missed, for messages that name it. */
function limitOf(issue: z.core.$ZodIssue): Record<string, number> | undefined {
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  return undefined;
}
