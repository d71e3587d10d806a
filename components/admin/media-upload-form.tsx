'use client';

import { useState } from 'react';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { Field, INPUT_CLASS } from './field';
import { FormStatus } from './form-status';
import { useFormAction, type FormAction } from './use-form-action';

type Props = {
  action: FormAction;
  labels: Record<'upload' | 'file' | 'fileHint' | 'alt' | 'altHint' | 'credit' | 'imageTooLarge', string>;
};

/** Upload to the library. An oversized file is refused here, before it is sent; the server checks everything again. */
export function MediaUploadForm({ action, labels }: Props) {
  const { state, formAction, pending, errors, typed, answerKey } = useFormAction(action);
  const [tooLarge, setTooLarge] = useState(false);
  return (
    <form
      action={formAction}
      key={answerKey}
      noValidate
      className="grid max-w-3xl gap-4 rounded border border-rule p-4 sm:grid-cols-2"
      onSubmit={(event) => {
        const file = new FormData(event.currentTarget).get('file');
        const oversized = file instanceof File && file.size > MAX_UPLOAD_BYTES;
        setTooLarge(oversized);
        if (oversized) event.preventDefault();
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
        {(props) => (
          <input {...props} dir="auto" defaultValue={typed.alt ?? ''} maxLength={300} className={INPUT_CLASS} />
        )}
      </Field>
      <Field name="credit" label={labels.credit} error={errors.credit}>
        {(props) => (
          <input {...props} dir="auto" defaultValue={typed.credit ?? ''} maxLength={120} className={INPUT_CLASS} />
        )}
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
