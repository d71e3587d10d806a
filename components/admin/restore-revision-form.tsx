'use client';

import { useFormAction, type FormAction } from './use-form-action';

type Props = {
  action: FormAction;
  fields: Record<'id' | 'version' | 'revisionId', string>;
  label: string;
};

/** One revision's restore button; on success the action opens the story, otherwise the reason shows here. */
export function RestoreRevisionForm({ action, fields, label }: Props) {
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === 'error' && (
        <span role="alert" className="text-sm font-bold text-brand">
          {state.message}
        </span>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-rule px-3 py-1 text-sm font-bold hover:border-brand disabled:opacity-60"
      >
        {label}
      </button>
    </form>
  );
}
