'use client';

import { useEffect } from 'react';
import { Field, INPUT_CLASS } from './field';
import { FormStatus } from './form-status';
import { RichTextEditor } from './rich-text-editor';
import { useFormAction, type FormAction } from './use-form-action';

type Option = { value: string; label: string };

export type LiveEntryFormProps = {
  action: FormAction;
  articleId: number;
  /** An edit: the entry's id, updatedAt and fields; a new entry otherwise. */
  entry?: { id: number; updatedAt: number; body: string; imageId: string; imageCaption: string; isKeyEvent: boolean };
  images: Option[];
  bodyImages: React.ComponentProps<typeof RichTextEditor>['images'];
  labels: Record<'body' | 'image' | 'caption' | 'keyEvent' | 'submit' | 'cancel', string>;
  editorLabels: React.ComponentProps<typeof RichTextEditor>['labels'];
  onDone?: () => void;
};

/** One entry's form (new or an edit): what was typed comes back after a refusal, each field with its message. */
export function LiveEntryForm({
  action,
  articleId,
  entry,
  images,
  bodyImages,
  labels,
  editorLabels,
  onDone,
}: LiveEntryFormProps) {
  const { state, formAction, pending, errors, typed, answerKey } = useFormAction(action);
  const failed = state.status === 'error';
  const values = failed
    ? { ...typed, isKeyEvent: typed.isKeyEvent ?? '' }
    : {
        body: entry?.body ?? '',
        imageId: entry?.imageId ?? '',
        imageCaption: entry?.imageCaption ?? '',
        isKeyEvent: entry?.isKeyEvent ? 'on' : '',
      };
  const succeeded = state.status === 'success';
  useEffect(() => {
    if (succeeded) onDone?.();
  }, [succeeded, answerKey, onDone]);
  const prefix = entry ? `live-${entry.id}-` : 'live-new-';
  return (
    <form action={formAction} key={answerKey} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      {entry && <input type="hidden" name="id" value={entry.id} />}
      {entry && <input type="hidden" name="updatedAt" value={entry.updatedAt} />}
      <FormStatus state={state} />
      <Field name="body" idPrefix={prefix} label={labels.body} error={errors.body}>
        {(props) => (
          <RichTextEditor
            id={props.id}
            name={props.name}
            initialHtml={values.body ?? ''}
            labels={editorLabels}
            images={bodyImages}
            describedBy={props['aria-describedby']}
            invalid={props['aria-invalid']}
          />
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="imageId" idPrefix={prefix} label={labels.image} error={errors.imageId}>
          {(props) => (
            <select {...props} defaultValue={values.imageId ?? ''} className={INPUT_CLASS}>
              {images.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="imageCaption" idPrefix={prefix} label={labels.caption} error={errors.imageCaption}>
          {(props) => (
            <input
              {...props}
              defaultValue={values.imageCaption ?? ''}
              dir="auto"
              maxLength={300}
              className={INPUT_CLASS}
            />
          )}
        </Field>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="isKeyEvent" defaultChecked={values.isKeyEvent === 'on'} /> {labels.keyEvent}
      </label>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {labels.submit}
        </button>
        {onDone && (
          <button type="button" onClick={onDone} className="rounded border border-rule px-4 py-2">
            {labels.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
