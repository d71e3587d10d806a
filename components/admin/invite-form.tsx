'use client';

import { Field, INPUT_CLASS } from './field';
import { OneTimeLink, type OneTimeLinkLabels } from './one-time-link';
import { FormStatus } from './form-status';
import { useFormAction, type FormAction } from './use-form-action';

type Labels = Record<'title' | 'name' | 'email' | 'role' | 'byline' | 'noByline' | 'submit', string>;
type Props = {
  action: FormAction;
  roles: { value: string; label: string }[];
  bylines: { id: number; name: string }[];
  labels: Labels;
  linkLabels: OneTimeLinkLabels;
};

/** Invites a new member; on success the one-time link appears under the form, once. */
export function InviteForm({ action, roles, bylines, labels, linkLabels }: Props) {
  const { state, formAction, pending, errors, typed, answerKey } = useFormAction(action);
  return (
    <section className="max-w-3xl space-y-3 rounded border border-rule p-4" aria-labelledby="invite-title">
      <h2 id="invite-title" className="text-lg font-bold">
        {labels.title}
      </h2>
      <FormStatus state={state} />
      {state.status === 'success' && state.link && <OneTimeLink url={state.link} labels={linkLabels} />}
      {/* Keyed on the result so a success clears the fields and an error refills what was typed. */}
      <form action={formAction} key={answerKey} className="grid gap-3 sm:grid-cols-2" noValidate>
        <Field name="name" label={labels.name} error={errors.name}>
          {(props) => <input {...props} dir="auto" defaultValue={typed.name} className={INPUT_CLASS} />}
        </Field>
        <Field name="email" label={labels.email} error={errors.email}>
          {(props) => <input {...props} type="email" dir="ltr" defaultValue={typed.email} className={INPUT_CLASS} />}
        </Field>
        <Field name="role" label={labels.role} error={errors.role}>
          {(props) => (
            <select {...props} defaultValue={typed.role ?? 'writer'} className={INPUT_CLASS}>
              {roles.map((role) => (
                <option key={role.value} value={role.value}>
                  {role.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="authorId" label={labels.byline} error={errors.authorId}>
          {(props) => (
            <select {...props} defaultValue={typed.authorId ?? ''} className={INPUT_CLASS}>
              <option value="">{labels.noByline}</option>
              {bylines.map((byline) => (
                <option key={byline.id} value={byline.id}>
                  {byline.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="submit"
          disabled={pending}
          className="justify-self-start rounded bg-brand px-4 py-2 font-bold text-white disabled:opacity-60"
        >
          {labels.submit}
        </button>
      </form>
    </section>
  );
}
