import 'server-only';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import type { User } from '@/db/schema';
import { can, type Permission } from './permissions';
import { currentUser } from './session';
import { logEvent } from '../log';

/** What every admin server action returns, for useActionState. */
export type ActionState =
  | { status: 'idle' }
  /** `link`: a one-time secret URL (a set-password link) shown to the admin once, never stored. */
  | { status: 'success'; message: string; redirectTo?: string; link?: string }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

type ErrorKey = Parameters<Awaited<ReturnType<typeof getTranslations<'AdminErrors'>>>>[0];

/** The form's fields for the schema (files included), and its text to hand back with errors. */
function formFields(formData: FormData) {
  const fields: Record<string, FormDataEntryValue> = {};
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (key.startsWith('$ACTION')) continue;
    fields[key] = value;
    if (typeof value === 'string') values[key] = value;
  }
  return { fields, values };
}

/**
 * The one shape of a staff action: session, then role, then input, each checked
 * inside the action itself (a server action is a public POST endpoint).
 * Zod messages are keys of the AdminErrors messages, translated here into the
 * editor's language; what was typed comes back with the errors.
 */
export function staffAction<Schema extends z.ZodType>(
  permission: Permission,
  schema: Schema,
  run: (input: z.output<Schema>, user: User, values: Record<string, string>) => Promise<ActionState>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const t = await getTranslations('AdminErrors');
    const user = await currentUser();
    const log = (outcome: string, extra?: Record<string, unknown>) =>
      logEvent('info', 'admin-action', { permission, outcome, userId: user?.id, role: user?.role, ...extra });
    if (!user) {
      log('signed-out');
      return { status: 'error', message: t('signedOut') };
    }
    if (!can(user.role, permission)) {
      log('forbidden');
      return { status: 'error', message: t('forbidden') };
    }
    const { fields, values } = formFields(formData);
    const parsed = schema.safeParse(fields);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        fieldErrors[field] ??= t.has(issue.message as ErrorKey) ? t(issue.message as ErrorKey) : t('invalid');
      }
      log('invalid', { fields: Object.keys(fieldErrors) });
      return { status: 'error', message: t('checkFields'), fieldErrors, values };
    }
    try {
      const state = await run(parsed.data, user, values);
      log(state.status === 'error' ? 'refused' : 'done', {
        fields: state.status === 'error' ? Object.keys(state.fieldErrors ?? {}) : undefined,
      });
      return state;
    } catch (error) {
      // A successful write ends with redirect(), which Next implements as a throw.
      log(isRedirect(error) ? 'done' : 'failed');
      throw error;
    }
  };
}

const isRedirect = (error: unknown) =>
  String((error as { digest?: unknown } | null)?.digest ?? '').startsWith('NEXT_REDIRECT');
