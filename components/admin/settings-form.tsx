'use client';

import { Field, INPUT_CLASS } from './field';
import { FormStatus } from './form-status';
import { useFormAction, type FormAction } from './use-form-action';

type FieldSpec = { name: string; label: string; value: string; dir: 'rtl' | 'ltr' };
type Props = {
  action: FormAction;
  fields: FieldSpec[];
  /** The site's social accounts, grouped under their own legend with one shared hint. */
  socialFields: FieldSpec[];
  socialLegend: string;
  socialHint: string;
  submitLabel: string;
};

export function SettingsForm({ action, fields, socialFields, socialLegend, socialHint, submitLabel }: Props) {
  const { state, formAction, pending, errors, typed, answerKey } = useFormAction(action);
  return (
    <form action={formAction} key={answerKey} className="grid max-w-3xl gap-4 sm:grid-cols-2" noValidate>
      <FormStatus state={state} className="sm:col-span-2" />
      {fields.map((field) => (
        <Field key={field.name} name={field.name} label={field.label} error={errors[field.name]}>
          {(props) => (
            <input {...props} dir={field.dir} defaultValue={typed[field.name] ?? field.value} className={INPUT_CLASS} />
          )}
        </Field>
      ))}
      <fieldset className="grid gap-4 sm:col-span-2 sm:grid-cols-2" aria-describedby="social-hint">
        <legend className="mb-1 font-bold">{socialLegend}</legend>
        <p id="social-hint" className="text-sm text-muted sm:col-span-2">
          {socialHint}
        </p>
        {socialFields.map((field) => (
          <Field key={field.name} name={field.name} label={field.label} error={errors[field.name]}>
            {(props) => (
              <input
                {...props}
                type="url"
                dir={field.dir}
                defaultValue={typed[field.name] ?? field.value}
                className={INPUT_CLASS}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="justify-self-start rounded bg-brand px-4 py-2 font-bold text-white disabled:opacity-60"
      >
        {submitLabel}
      </button>
    </form>
  );
}
