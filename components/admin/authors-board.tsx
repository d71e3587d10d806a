'use client';

import { Field, INPUT_CLASS } from './field';
import { FormStatus } from './form-status';
import { useFormAction, type FormAction } from './use-form-action';

const LINK_FIELDS = ['websiteUrl', 'xUrl', 'facebookUrl', 'linkedinUrl'] as const;
type LinkField = (typeof LINK_FIELDS)[number];

type Author = {
  id: string;
  name: string;
  nameEn: string;
  bio: string;
  photoId: string;
  heading: string;
  kind: string;
} & Record<LinkField, string>;
type Option = { value: string; label: string };
type Labels = Record<
  | 'name'
  | 'nameEn'
  | 'bio'
  | 'photo'
  | 'photoHint'
  | 'noPhoto'
  | 'save'
  | 'create'
  | 'newAuthor'
  | 'saving'
  | 'kind'
  | 'linksHint'
  | LinkField,
  string
>;

/** One form per writer, and one to add a writer; a refused form keeps what was typed, with each field's message. */
export function AuthorsBoard({
  save,
  authors,
  photos,
  kinds,
  labels,
}: {
  save: FormAction;
  authors: Author[];
  photos: Option[];
  /** Staff, guest writer, agency. */
  kinds: Option[];
  labels: Labels;
}) {
  const { state, formAction, pending, errors, typed, answerKey } = useFormAction(save);
  // Which form the last refusal belongs to: the writer's id, or '' for the new writer.
  const refused = state.status === 'error' ? (typed.id ?? '') : undefined;
  const form = (author: Author | undefined) => {
    const key = author?.id ?? '';
    const mine = refused === key;
    const value = (name: keyof Author) => (mine ? (typed[name] ?? '') : (author?.[name] ?? ''));
    const error = (name: string) => (mine ? errors[name] : undefined);
    const idPrefix = `a${key || 'new'}-`;
    return (
      <form
        action={formAction}
        noValidate
        key={mine ? answerKey : key}
        className="grid gap-3 rounded border border-rule p-4 sm:grid-cols-2"
        aria-labelledby={`${idPrefix}heading`}
      >
        <h2 id={`${idPrefix}heading`} className="font-bold sm:col-span-2">
          {author?.heading ?? labels.newAuthor}
        </h2>
        <input type="hidden" name="id" value={key} />
        <Field name="name" idPrefix={idPrefix} label={labels.name} error={error('name')}>
          {(props) => (
            <input {...props} dir="rtl" maxLength={80} defaultValue={value('name')} className={INPUT_CLASS} />
          )}
        </Field>
        <Field name="nameEn" idPrefix={idPrefix} label={labels.nameEn} error={error('nameEn')}>
          {(props) => (
            <input {...props} dir="ltr" maxLength={80} defaultValue={value('nameEn')} className={INPUT_CLASS} />
          )}
        </Field>
        {/* Before the bio and photo: from the bio, Tab reaches the photo and then the save button. */}
        <Field name="kind" idPrefix={idPrefix} label={labels.kind} error={error('kind')}>
          {(props) => (
            <select {...props} defaultValue={value('kind') || 'staff'} className={INPUT_CLASS}>
              {kinds.map((kind) => (
                <option key={kind.value} value={kind.value}>
                  {kind.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {LINK_FIELDS.map((field) => (
          <Field
            key={field}
            name={field}
            idPrefix={idPrefix}
            label={labels[field]}
            error={error(field)}
            hint={field === 'websiteUrl' ? labels.linksHint : undefined}
          >
            {(props) => (
              <input
                {...props}
                type="url"
                dir="ltr"
                maxLength={300}
                placeholder="https://"
                defaultValue={value(field)}
                className={INPUT_CLASS}
              />
            )}
          </Field>
        ))}
        <div className="sm:col-span-2">
          <Field name="bio" idPrefix={idPrefix} label={labels.bio} error={error('bio')}>
            {(props) => (
              <textarea
                {...props}
                dir="auto"
                rows={2}
                maxLength={500}
                defaultValue={value('bio')}
                className={INPUT_CLASS}
              />
            )}
          </Field>
        </div>
        <Field name="photoId" idPrefix={idPrefix} label={labels.photo} error={error('photoId')} hint={labels.photoHint}>
          {(props) => (
            <select {...props} defaultValue={value('photoId')} className={INPUT_CLASS}>
              <option value="">{labels.noPhoto}</option>
              {photos.map((photo) => (
                <option key={photo.value} value={photo.value}>
                  {photo.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="submit"
          disabled={pending}
          className="self-end justify-self-start rounded bg-brand px-4 py-2 font-bold text-white disabled:opacity-60"
        >
          {author ? labels.save : labels.create}
        </button>
      </form>
    );
  };
  return (
    <div className="space-y-6">
      {pending ? (
        <p role="status" className="p-3 font-bold">
          {labels.saving}
        </p>
      ) : (
        <FormStatus state={state} />
      )}
      {authors.map((author) => form(author))}
      {form(undefined)}
    </div>
  );
}
