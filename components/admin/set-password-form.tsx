'use client';

import { Field, INPUT_CLASS } from './field';
import { FormStatus } from './form-status';
import { useFormAction, type FormAction } from './use-form-action';

type Labels = { password: string; confirm: string; hint: string; submit: string };

/** Chooses a password from a one-time link; passwords are never sent back to the browser, so nothing is refilled. */
export function SetPasswordForm({ action, token, labels }: { action: FormAction; token: string; labels: Labels }) {
  const { state, formAction, pending, errors } = useFormAction(action);
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
