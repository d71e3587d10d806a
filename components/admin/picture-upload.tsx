'use client';

import { useEffect, useRef, useState } from 'react';
import type { UploadedPicture } from '@/lib/auth/action';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { Field, INPUT_CLASS, SMALL_BUTTON_CLASS } from './field';
import { FormStatus } from './form-status';
import type { FormAction } from './use-form-action';
import { usePictureAction } from './use-picture-action';

export type PictureUploadLabels = Record<
  'zone' | 'file' | 'dropHint' | 'alt' | 'altHint' | 'caption' | 'credit' | 'send' | 'cancel' | 'imageTooLarge',
  string
>;

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif';

/** The first picture among dropped or pasted data; null when there is none (text is left to whoever handles it). */
export function pictureIn(data: DataTransfer | null): File | null {
  return [...(data?.files ?? [])].find((file) => file.type.startsWith('image/')) ?? null;
}

type Props = {
  action: FormAction;
  labels: PictureUploadLabels;
  /** Tells the fields of the lead-image and body uploads apart. */
  idPrefix: string;
  /** A picture dropped or pasted elsewhere (the body editor) to upload here. */
  incoming?: File | null;
  onUploaded: (picture: UploadedPicture, caption: string) => void;
};

/**
 * An upload from inside the story form: choose, drop or paste a picture, describe it, send it. It is not a <form>
 * (the story form holds it) and its fields have no names, so the story's save never posts them; the upload goes
 * through the library's checks (uploadPictureAction). A refused upload keeps the file and everything typed.
 */
export function PictureUpload({ action, labels, idPrefix, incoming, onUploaded }: Props) {
  const { state, pending, send: sendPicture, errors } = usePictureAction(action);
  const oversized = (chosen: File | null | undefined) => Boolean(chosen && chosen.size > MAX_UPLOAD_BYTES);
  // Opened by a drop or paste into the body editor, it starts with that picture.
  const [file, setFile] = useState<File | null>(incoming ?? null);
  const [tooLarge, setTooLarge] = useState(oversized(incoming));
  const [words, setWords] = useState({ alt: '', caption: '', credit: '' });
  const input = useRef<HTMLInputElement>(null);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setTooLarge(oversized(chosen));
  };
  // Another picture dropped or pasted into the body editor while it is open.
  const [seen, setSeen] = useState(incoming);
  if (incoming !== seen) {
    setSeen(incoming);
    if (incoming) choose(incoming);
  }
  // A dropped or pasted picture shows in the file field as a chosen one does (and stays there after a refusal).
  useEffect(() => {
    const field = input.current;
    if (!field || field.files?.[0] === file) return;
    if (!file) field.value = '';
    else {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      field.files = transfer.files;
    }
  }, [file]);
  const send = () => {
    if (!file || tooLarge) return;
    const data = new FormData();
    data.set('file', file);
    data.set('alt', words.alt);
    data.set('credit', words.credit);
    sendPicture(data, (answer) => {
      if (answer.picture) onUploaded(answer.picture, words.caption);
      setWords({ alt: '', caption: '', credit: '' });
      choose(null);
    });
  };
  const word = (name: 'alt' | 'caption' | 'credit', maxLength: number, hint?: string) => (
    <Field name={name} idPrefix={idPrefix} label={labels[name]} hint={hint} error={errors[name]}>
      {(props) => (
        <input
          {...props}
          name={undefined}
          dir="auto"
          maxLength={maxLength}
          value={words[name]}
          onChange={(event) => setWords((typed) => ({ ...typed, [name]: event.target.value }))}
          className={INPUT_CLASS}
        />
      )}
    </Field>
  );
  return (
    <div
      role="group"
      aria-labelledby={`${idPrefix}upload-title`}
      data-testid={`${idPrefix}upload`}
      className="flex min-w-0 flex-col gap-3 rounded border-2 border-dashed border-rule p-3"
      onDragOver={(event) => {
        if ([...event.dataTransfer.types].includes('Files')) event.preventDefault();
      }}
      onDrop={(event) => {
        const dropped = pictureIn(event.dataTransfer);
        if (!dropped) return;
        event.preventDefault();
        choose(dropped);
      }}
      onPaste={(event) => {
        const pasted = pictureIn(event.clipboardData);
        if (!pasted) return;
        event.preventDefault();
        choose(pasted);
      }}
    >
      <p id={`${idPrefix}upload-title`} className="font-bold">
        {labels.zone}
      </p>
      <FormStatus state={state} />
      <Field
        name="file"
        idPrefix={idPrefix}
        label={labels.file}
        hint={labels.dropHint}
        error={tooLarge ? labels.imageTooLarge : errors.file}
      >
        {(props) => (
          <input
            {...props}
            ref={input}
            name={undefined}
            type="file"
            accept={ACCEPT}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
            className={INPUT_CLASS}
          />
        )}
      </Field>
      {file && (
        <>
          {word('alt', 300, labels.altHint)}
          {word('caption', 300)}
          {word('credit', 120)}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending || tooLarge}
              onClick={send}
              className="rounded bg-brand px-4 py-2 font-bold text-white disabled:opacity-60"
            >
              {labels.send}
            </button>
            <button type="button" className={SMALL_BUTTON_CLASS} onClick={() => choose(null)}>
              {labels.cancel}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
