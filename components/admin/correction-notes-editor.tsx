'use client';

import { Field, INPUT_CLASS, SMALL_BUTTON_CLASS } from './field';
import { useFormAction, type FormAction } from './use-form-action';

export type EditableNote = {
  id: string;
  kind: 'correction' | 'update';
  kindLabel: string;
  text: string;
  /** Newsroom time, as a datetime-local value. */
  at: string;
  byline: string;
};

type Labels = Record<
  'kind' | 'correction' | 'update' | 'text' | 'at' | 'atHint' | 'add' | 'save' | 'remove' | 'confirmRemove',
  string
>;

type Props = {
  storyId: string;
  notes: EditableNote[];
  saveAction: FormAction;
  removeAction: FormAction;
  labels: Labels;
};

/** A story's corrections and updates: each one editable (updates removable), and a form to add one. */
export function CorrectionNotesEditor({ storyId, notes, saveAction, removeAction, labels }: Props) {
  return (
    <div className="flex flex-col gap-4">
      {notes.map((note) => (
        <div key={note.id} className="rounded border border-rule p-3" data-testid="story-note">
          <p className="mb-2 text-sm">
            <span className="font-bold">{note.kindLabel}</span>
            {note.byline && ` · ${note.byline}`}
          </p>
          <NoteForm action={saveAction} storyId={storyId} note={note} labels={labels} />
          {note.kind === 'update' && <RemoveNote action={removeAction} storyId={storyId} note={note} labels={labels} />}
        </div>
      ))}
      <NoteForm action={saveAction} storyId={storyId} labels={labels} />
    </div>
  );
}

function NoteForm({
  action,
  storyId,
  note,
  labels,
}: {
  action: FormAction;
  storyId: string;
  note?: EditableNote;
  labels: Labels;
}) {
  const { state, formAction, pending, errors, typed, answerKey } = useFormAction(action);
  const prefix = `note-${note?.id ?? 'new'}-`;
  const value = (name: 'text' | 'at' | 'kind') => typed[name] ?? note?.[name] ?? '';
  return (
    <form action={formAction} key={answerKey} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="id" value={storyId} />
      {note ? (
        <>
          <input type="hidden" name="noteId" value={note.id} />
          <input type="hidden" name="kind" value={note.kind} />
        </>
      ) : (
        <Field name="kind" idPrefix={prefix} label={labels.kind} error={errors.kind}>
          {(props) => (
            <select {...props} defaultValue={value('kind') || 'correction'} className={INPUT_CLASS}>
              <option value="correction">{labels.correction}</option>
              <option value="update">{labels.update}</option>
            </select>
          )}
        </Field>
      )}
      <Field name="text" idPrefix={prefix} label={labels.text} error={errors.text}>
        {(props) => (
          <textarea
            {...props}
            defaultValue={value('text')}
            rows={2}
            dir="auto"
            maxLength={2000}
            className={INPUT_CLASS}
          />
        )}
      </Field>
      <Field name="at" idPrefix={prefix} label={labels.at} hint={labels.atHint} error={errors.at}>
        {(props) => (
          <input {...props} type="datetime-local" step={1} defaultValue={value('at')} className={INPUT_CLASS} />
        )}
      </Field>
      <p
        aria-live="polite"
        className={state.status === 'error' ? 'text-sm font-bold text-brand' : 'text-sm text-green-700'}
      >
        {state.status !== 'idle' && state.message}
      </p>
      <button type="submit" disabled={pending} className={`${SMALL_BUTTON_CLASS} self-start`}>
        {note ? labels.save : labels.add}
      </button>
    </form>
  );
}

function RemoveNote({
  action,
  storyId,
  note,
  labels,
}: {
  action: FormAction;
  storyId: string;
  note: EditableNote;
  labels: Labels;
}) {
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="mt-2 flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={storyId} />
      <input type="hidden" name="noteId" value={note.id} />
      <button
        type="submit"
        disabled={pending}
        className={SMALL_BUTTON_CLASS}
        onClick={(event) => {
          if (!window.confirm(labels.confirmRemove)) event.preventDefault();
        }}
      >
        {labels.remove}
      </button>
      {state.status === 'error' && (
        <span role="alert" className="text-sm font-bold text-brand">
          {state.message}
        </span>
      )}
    </form>
  );
}
