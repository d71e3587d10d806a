'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/auth/action';
import { Field, INPUT_CLASS } from './field';
import { FormStatus } from './form-status';

type Labels = { password: string; confirm: string; hint: string; submit: string };

/** Chooses a password from a one-time link; passwords are never sent back to the browser, so nothing is refilled. */
export function SetPasswordForm({
  action,
  token,
  labels,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  token: string;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as ActionState);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" label={labels.password} error={errors.password} hint={labels.hint}>
        {(props) => (
          <input {...props} type="password" autoComplete="new-password" dir="ltr" className={INPUT_CLASS} required />
        )}
      </Field>
      <Field name="confirm" label={labels.confirm} error={errors.confirm}>
        {(props) => (
          <input {...props} type="password" autoComplete="new-password" dir="ltr" className={INPUT_CLASS} required />
        )}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {labels.submit}
      </button>
    </form>
  );
}
