import 'server-only';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import type { User } from '@/db/schema';
import { can, type Permission } from './permissions';
import { currentUser } from './session';

/** What every admin server action returns, for useActionState. */
export type ActionState =
  | { status: 'idle' }
  /** `link`: a one-time secret URL (a set-password link) shown to the admin once, never stored. */
  | { status: 'success'; message: string; redirectTo?: string; link?: string }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

type ErrorKey = Parameters<Awaited<ReturnType<typeof getTranslations<'AdminErrors'>>>>[0];

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return values;
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
    if (!user) return { status: 'error', message: t('signedOut') };
    if (!can(user.role, permission)) return { status: 'error', message: t('forbidden') };
    const values = formValues(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        fieldErrors[field] ??= t.has(issue.message as ErrorKey) ? t(issue.message as ErrorKey) : t('invalid');
      }
      return { status: 'error', message: t('checkFields'), fieldErrors, values };
    }
    return run(parsed.data, user, values);
  };
}
