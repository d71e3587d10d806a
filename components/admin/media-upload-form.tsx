'use client';

import { startTransition, useEffect, useRef, useState } from 'react';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { Field, INPUT_CLASS } from './field';
import { FormStatus } from './form-status';
import { useFormAction, type FormAction } from './use-form-action';

type Props = {
  action: FormAction;
  labels: Record<'upload' | 'file' | 'fileHint' | 'alt' | 'altHint' | 'credit' | 'imageTooLarge', string>;
};

/**
 * Upload to the library. An oversized file is refused here, before it is sent; the server checks everything again.
 * With JavaScript it is sent from onSubmit rather than through the form's action: React resets a form after its
 * action, and a refused upload (no description) would lose the chosen file. Only a stored upload clears the form.
 */
export function MediaUploadForm({ action, labels }: Props) {
  const { state, formAction, pending, errors } = useFormAction(action);
  const [tooLarge, setTooLarge] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'success') form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      // Without JavaScript the form posts to the action itself (and the crash spec drives it that way).
      action={formAction}
      noValidate
      className="grid max-w-3xl gap-4 rounded border border-rule p-4 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const file = data.get('file');
        const oversized = file instanceof File && file.size > MAX_UPLOAD_BYTES;
        setTooLarge(oversized);
        if (!oversized) startTransition(() => formAction(data));
      }}
    >
      <FormStatus state={state} className="sm:col-span-2" />
      <Field
        name="file"
        label={labels.file}
        hint={labels.fileHint}
        error={tooLarge ? labels.imageTooLarge : errors.file}
      >
        {(props) => (
          <input {...props} type="file" accept="image/jpeg,image/png,image/webp,image/avif" className={INPUT_CLASS} />
        )}
      </Field>
      <Field name="alt" label={labels.alt} hint={labels.altHint} error={errors.alt}>
        {(props) => <input {...props} dir="auto" maxLength={300} className={INPUT_CLASS} />}
      </Field>
      <Field name="credit" label={labels.credit} error={errors.credit}>
        {(props) => <input {...props} dir="auto" maxLength={120} className={INPUT_CLASS} />}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="self-end justify-self-start rounded bg-brand px-4 py-2 font-bold text-white disabled:opacity-60"
      >
        {labels.upload}
      </button>
    </form>
  );
}
