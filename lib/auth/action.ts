import 'server-only';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import type { Media, User } from '@/db/schema';
import { can, type Permission } from './permissions';
import { currentUser } from './session';
import { logEvent } from '../log';
import { parseForm, type ParsedForm } from './form-fields';

export type UploadedPicture = Pick<Media, 'id' | 'src' | 'width' | 'height' | 'alt' | 'credit'>;

/** What every admin server action returns, for useActionState. */
export type ActionState =
  | { status: 'idle' }
  /** `link`: a one-time secret URL (a set-password link) shown to the admin once, never stored. */
  /** `picture`: what an upload stored, for the story form to pick or insert at once. */
  | { status: 'success'; message: string; redirectTo?: string; link?: string; picture?: UploadedPicture }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

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
    const parsed = parseForm(formData, schema, t);
    if (!parsed.success) {
      log('invalid', { fields: Object.keys(parsed.fieldErrors) });
      return invalid(parsed, t);
    }
    try {
      const state = await run(parsed.data, user, parsed.values);
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

/**
 * The shape of an action anyone may send (signing in, spending a one-time
 * link): its input checked and its errors translated as in a staff action, no
 * session asked for. Whatever else it needs (a throttle, a token) it checks itself.
 */
export function publicAction<Schema extends z.ZodType>(
  schema: Schema,
  run: (input: z.output<Schema>, values: Record<string, string>) => Promise<ActionState>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const t = await getTranslations('AdminErrors');
    const parsed = parseForm(formData, schema, t);
    return parsed.success ? run(parsed.data, parsed.values) : invalid(parsed, t);
  };
}

const invalid = (
  parsed: Extract<ParsedForm<unknown>, { success: false }>,
  t: (key: 'checkFields') => string,
): ActionState => ({
  status: 'error',
  message: t('checkFields'),
  fieldErrors: parsed.fieldErrors,
  values: parsed.values,
});

const isRedirect = (error: unknown) =>
  String((error as { digest?: unknown } | null)?.digest ?? '').startsWith('NEXT_REDIRECT');
