'use client';

import { Field, INPUT_CLASS, SMALL_BUTTON_CLASS } from './field';
import { useFormAction, type FormAction } from './use-form-action';

type Props = {
  storyId: string;
  /** «محظور النشر حتى …، وضعه …», or that there is none; worked out on the server in newsroom time. */
  state: string;
  holds: boolean;
  /** The datetime-local value the set form opens with (the current embargo, if any). */
  until: string;
  setAction?: FormAction;
  liftAction?: FormAction;
  labels: Record<'title' | 'until' | 'untilHint' | 'set' | 'reason' | 'lift', string>;
};

/** The story's embargo: its state, and the forms to set or extend it and to lift it, for those who may. */
export function EmbargoPanel({ storyId, state, holds, until, setAction, liftAction, labels }: Props) {
  return (
    <section
      aria-labelledby="embargo-title"
      data-testid="embargo-panel"
      className={`mb-6 flex flex-col gap-3 rounded border p-3 ${holds ? 'border-brand' : 'border-rule'}`}
    >
      <h2 id="embargo-title" className="font-bold">
        {labels.title}
      </h2>
      <p className={holds ? 'font-bold text-brand' : 'text-muted'}>{state}</p>
      <div className="flex flex-wrap items-start gap-6">
        {setAction && (
          <EmbargoForm action={setAction} storyId={storyId} button={labels.set}>
            {(errors, typed) => (
              <Field
                name="embargoUntil"
                idPrefix="embargo-"
                label={labels.until}
                hint={labels.untilHint}
                error={errors.embargoUntil}
              >
                {(props) => (
                  <input
                    {...props}
                    type="datetime-local"
                    step={1}
                    defaultValue={typed.embargoUntil ?? until}
                    className={INPUT_CLASS}
                  />
                )}
              </Field>
            )}
          </EmbargoForm>
        )}
        {holds && liftAction && (
          <EmbargoForm action={liftAction} storyId={storyId} button={labels.lift}>
            {(errors, typed) => (
              <Field name="reason" idPrefix="embargo-" label={labels.reason} error={errors.reason}>
                {(props) => (
                  <input
                    {...props}
                    defaultValue={typed.reason ?? ''}
                    dir="auto"
                    maxLength={500}
                    className={INPUT_CLASS}
                  />
                )}
              </Field>
            )}
          </EmbargoForm>
        )}
      </div>
    </section>
  );
}

function EmbargoForm({
  action,
  storyId,
  button,
  children,
}: {
  action: FormAction;
  storyId: string;
  button: string;
  children: (errors: Record<string, string>, typed: Record<string, string>) => React.ReactNode;
}) {
  const { state, formAction, pending, errors, typed, answerKey } = useFormAction(action);
  return (
    <form action={formAction} key={answerKey} noValidate className="flex flex-col items-start gap-2">
      <input type="hidden" name="id" value={storyId} />
      {children(errors, typed)}
      <p
        aria-live="polite"
        className={state.status === 'error' ? 'text-sm font-bold text-brand' : 'text-sm text-green-700'}
      >
        {state.status !== 'idle' && state.message}
      </p>
      <button type="submit" disabled={pending} className={SMALL_BUTTON_CLASS}>
        {button}
      </button>
    </form>
  );
}
