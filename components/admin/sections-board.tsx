'use client';

import { useState } from 'react';
import { Field, INPUT_CLASS, SMALL_BUTTON_CLASS } from './field';
import { useFormAction, type FormAction } from './use-form-action';

type Section = { id: number; slug: string; nameAr: string; nameEn: string };
type Labels = Record<
  'nameAr' | 'nameEn' | 'slug' | 'rename' | 'up' | 'down' | 'delete' | 'create' | 'newSection' | 'saving',
  string
>;

/** The section list: rename in both languages, reorder, delete when empty, and create. */
export function SectionsBoard({
  save,
  arrange,
  sections,
  labels,
}: {
  save: FormAction;
  arrange: FormAction;
  sections: Section[];
  labels: Labels;
}) {
  const saved = useFormAction(save);
  const arranged = useFormAction(arrange);
  // What refills the create form; a rename posts an id, and refills nothing there.
  const { errors, typed } = saved;
  // Two actions, one message line: it reports whichever form was sent last.
  const [latest, setLatest] = useState<'save' | 'arrange'>('save');
  const last = latest === 'save' ? saved.state : arranged.state;
  const sendSave = (data: FormData) => {
    setLatest('save');
    saved.formAction(data);
  };
  const sendArrange = (data: FormData) => {
    setLatest('arrange');
    arranged.formAction(data);
  };
  return (
    <div className="space-y-8">
      <p aria-live="polite" role="status" className="min-h-6 font-bold">
        {saved.pending || arranged.pending ? labels.saving : 'message' in last && last.message}
      </p>
      <ul className="divide-y divide-rule rounded border border-rule">
        {sections.map((section, index) => (
          <li key={section.id} className="flex flex-wrap items-end gap-2 p-3">
            <form action={sendSave} className="flex flex-1 flex-wrap items-end gap-2">
              <input type="hidden" name="id" value={section.id} />
              <input type="hidden" name="slug" value="" />
              <label className="flex flex-col text-sm">
                {labels.nameAr}
                <input
                  name="nameAr"
                  defaultValue={section.nameAr}
                  dir="rtl"
                  className={INPUT_CLASS}
                  aria-label={`${labels.nameAr}: ${section.slug}`}
                />
              </label>
              <label className="flex flex-col text-sm">
                {labels.nameEn}
                <input
                  name="nameEn"
                  defaultValue={section.nameEn}
                  dir="ltr"
                  className={INPUT_CLASS}
                  aria-label={`${labels.nameEn}: ${section.slug}`}
                />
              </label>
              <button
                type="submit"
                disabled={saved.pending}
                className={SMALL_BUTTON_CLASS}
                aria-label={`${labels.rename}: ${section.slug}`}
              >
                {labels.rename}
              </button>
            </form>
            <form action={sendArrange} className="flex gap-1">
              <input type="hidden" name="id" value={section.id} />
              <button
                type="submit"
                name="move"
                value="up"
                disabled={arranged.pending || index === 0}
                className={SMALL_BUTTON_CLASS}
                aria-label={`${labels.up}: ${section.slug}`}
              >
                {labels.up}
              </button>
              <button
                type="submit"
                name="move"
                value="down"
                disabled={arranged.pending || index === sections.length - 1}
                className={SMALL_BUTTON_CLASS}
                aria-label={`${labels.down}: ${section.slug}`}
              >
                {labels.down}
              </button>
              <button
                type="submit"
                name="move"
                value="delete"
                disabled={arranged.pending}
                className={SMALL_BUTTON_CLASS}
                aria-label={`${labels.delete}: ${section.slug}`}
              >
                {labels.delete}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form
        action={sendSave}
        className="grid max-w-2xl gap-3 rounded border border-rule p-4 sm:grid-cols-3"
        noValidate
        key={saved.answerKey}
      >
        <h2 className="font-bold sm:col-span-3">{labels.newSection}</h2>
        <Field name="slug" label={labels.slug} error={errors.slug}>
          {(props) => (
            <input {...props} dir="ltr" defaultValue={typed.id ? '' : (typed.slug ?? '')} className={INPUT_CLASS} />
          )}
        </Field>
        <Field name="nameAr" label={labels.nameAr} error={typed.id ? undefined : errors.nameAr}>
          {(props) => (
            <input {...props} dir="rtl" defaultValue={typed.id ? '' : (typed.nameAr ?? '')} className={INPUT_CLASS} />
          )}
        </Field>
        <Field name="nameEn" label={labels.nameEn} error={typed.id ? undefined : errors.nameEn}>
          {(props) => (
            <input {...props} dir="ltr" defaultValue={typed.id ? '' : (typed.nameEn ?? '')} className={INPUT_CLASS} />
          )}
        </Field>
        <button
          type="submit"
          disabled={saved.pending}
          className="justify-self-start rounded bg-brand px-4 py-2 font-bold text-white disabled:opacity-60"
        >
          {labels.create}
        </button>
      </form>
    </div>
  );
}
