'use client';

import { Field, INPUT_CLASS } from './field';
import { FormStatus } from './form-status';
import { useFormAction, type FormAction } from './use-form-action';

type Labels = { email: string; password: string; signIn: string };

export function SignInForm({ action, labels }: { action: FormAction; labels: Labels }) {
  const { state, formAction, pending, errors, typed } = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <Field name="email" label={labels.email} error={errors.email}>
        {(props) => (
          <input
            {...props}
            type="email"
            autoComplete="username"
            dir="ltr"
            defaultValue={typed.email}
            className={INPUT_CLASS}
            required
          />
        )}
      </Field>
      <Field name="password" label={labels.password} error={errors.password}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="current-password"
            dir="ltr"
            className={INPUT_CLASS}
            required
          />
        )}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {labels.signIn}
      </button>
    </form>
  );
}
