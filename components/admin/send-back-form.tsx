'use client';

import { Field, INPUT_CLASS, SMALL_BUTTON_CLASS } from './field';
import { useFormAction, type FormAction } from './use-form-action';

type Props = {
  action: FormAction;
  storyId: string;
  labels: Record<'note' | 'noteHint' | 'sendBack', string>;
};

/** An editor's form to send a story in review back to its writer; the note is required and kept when refused. */
export function SendBackForm({ action, storyId, labels }: Props) {
  const { state, formAction, pending, errors, typed, answerKey } = useFormAction(action);
  return (
    <form action={formAction} key={answerKey} noValidate className="flex flex-col items-start gap-2">
      <input type="hidden" name="id" value={storyId} />
      <Field name="note" idPrefix="review-" label={labels.note} hint={labels.noteHint} error={errors.note}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            maxLength={2000}
            dir="auto"
            defaultValue={typed.note ?? ''}
            className={`${INPUT_CLASS} w-[40rem]`}
          />
        )}
      </Field>
      <p aria-live="polite" className="text-sm font-bold text-brand">
        {state.status === 'error' && state.message}
      </p>
      <button type="submit" disabled={pending} className={SMALL_BUTTON_CLASS}>
        {labels.sendBack}
      </button>
    </form>
  );
}
