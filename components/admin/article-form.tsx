'use client';

import { useEffect, useRef } from 'react';
import { BylinePicker } from './byline-picker';
import { Field, INPUT_CLASS } from './field';
import { HeadlineField } from './headline-field';
import { NewsroomTimeField } from './newsroom-time-field';
import { RichTextEditor } from './rich-text-editor';
import { StoryPreview } from './story-preview';
import { LeadImageField, useStoryPictures, type StoryPictures } from './story-pictures';
import { useFormAction, type FormAction } from './use-form-action';
import { useSaveShortcut } from './use-save-shortcut';

export type ArticleFormValues = Record<string, string>;
type Option = { value: string; label: string };

export type ArticleFormProps = {
  action: FormAction;
  initial: ArticleFormValues;
  options: {
    sections: Option[];
    authors: Option[];
    languages: Option[];
    genres: Option[];
    bodyImages: React.ComponentProps<typeof RichTextEditor>['images'];
  };
  labels: Record<string, string>;
  editorLabels: React.ComponentProps<typeof RichTextEditor>['labels'];
  /** The intents this person may use on this story, in button order; `confirm`: a question asked before it is sent. */
  intents: { intent: string; label: string; primary?: boolean; confirm?: string }[];
  canCurate: boolean;
  /** Editors pick the byline; a writer's story carries their own (labels.ownByline says so). */
  canChooseByline: boolean;
  bylineLabels: React.ComponentProps<typeof BylinePicker>['labels'];
  notice?: string;
  /** The edit lock and autosave reporter, rendered inside the form so it can read the fields. */
  session: React.ReactNode;
  /** Shown when an autosave newer than the stored story exists. */
  unsavedNotice?: { text: string; restoreLabel: string; restoreHref: string };
  /** The headline's count, the live preview, the newsroom zone and the action bar (see story-form-setup). */
  desk: {
    headline: React.ComponentProps<typeof HeadlineField>['labels'];
    preview: Omit<React.ComponentProps<typeof StoryPreview>, 'initial'>;
    zone: string;
    echo: string;
    localeTag: string;
    shortcut: string;
    actions: string;
  };
  /** The lead image's choices, uploads from inside the form and the focal point (story-pictures-setup). */
  pictures: StoryPictures;
};

/** The story form: what was typed survives every error, each field shows its own message. */
export function ArticleForm({
  action,
  initial,
  options,
  labels,
  editorLabels,
  intents,
  canCurate,
  canChooseByline,
  bylineLabels,
  notice,
  session,
  unsavedNotice,
  desk,
  pictures,
}: ArticleFormProps) {
  const library = useStoryPictures(pictures);
  const { state, formAction, pending, errors, typed, answerKey } = useFormAction(action);
  const failed = state.status === 'error';
  // An unticked box is not posted: after an error, its absence means it was unticked.
  const values = failed && state.values ? { ...initial, ...typed, isBreaking: typed.isBreaking ?? '' } : initial;
  // Remount the fields with what came back, so nothing typed is lost after an error.
  const key = failed ? answerKey : 'initial';
  const summary = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useSaveShortcut(form);
  // A refused save remounts the form and drops the focus to the page: bring it to what went wrong.
  useEffect(() => {
    if (failed) summary.current?.focus();
  }, [failed, answerKey]);
  const text = (name: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field name={name} label={labels[name]} error={errors[name]} hint={labels[`${name}Hint`]}>
      {(props) => <input {...props} defaultValue={values[name] ?? ''} dir="auto" className={INPUT_CLASS} {...extra} />}
    </Field>
  );
  const select = (name: string, choices: Option[]) => (
    <Field name={name} label={labels[name]} error={errors[name]}>
      {(props) => (
        <select {...props} defaultValue={values[name] ?? ''} className={INPUT_CLASS}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const time = (name: string) => (
    <NewsroomTimeField
      name={name}
      label={labels[name]}
      error={errors[name]}
      defaultValue={values[name] ?? ''}
      echo={desk.echo}
      localeTag={desk.localeTag}
    />
  );
  return (
    <form
      ref={form}
      action={formAction}
      key={key}
      className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]"
      noValidate
      // Enter in a one-line field would send the form with the first button («حفظ»), changing a live
      // story at once; only the buttons send it. Text areas and the body editor are not inputs.
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement && !event.nativeEvent.isComposing)
          event.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={values.id ?? ''} />
      <input type="hidden" name="version" value={values.version ?? ''} />
      {values.createKey && <input type="hidden" name="createKey" value={values.createKey} />}
      <div className="flex flex-col gap-4">
        <div aria-live="polite">
          {state.status === 'error' && (
            <div
              ref={summary}
              role="alert"
              tabIndex={-1}
              data-testid="error-summary"
              className="rounded border border-brand p-3 text-brand focus:outline-2 focus:outline-brand"
            >
              <p className="font-bold">{state.message}</p>
              {Object.keys(errors).length > 0 && (
                <ul className="mt-2 list-disc ps-6">
                  {Object.entries(errors).map(([name, error]) => (
                    <li key={name}>
                      <a
                        href={`#field-${name}`}
                        className="underline"
                        // Following the link only scrolls; the field itself should take the typing.
                        onClick={(event) => {
                          const field = document.getElementById(`field-${name}`);
                          if (!field) return;
                          event.preventDefault();
                          field.focus();
                        }}
                      >
                        {labels[name] ?? name}: {error}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {state.status !== 'error' && notice && (
            <p className="rounded border border-green-700 p-3 font-bold text-green-700">{notice}</p>
          )}
        </div>
        {session}
        {unsavedNotice && (
          <p className="rounded border border-rule p-3">
            {unsavedNotice.text}{' '}
            <a href={unsavedNotice.restoreHref} className="font-bold text-brand underline">
              {unsavedNotice.restoreLabel}
            </a>
          </p>
        )}
        <HeadlineField
          label={labels.title}
          error={errors.title}
          defaultValue={values.title ?? ''}
          labels={desk.headline}
        />
        {text('kicker', { maxLength: 80 })}
        <Field name="excerpt" label={labels.excerpt} error={errors.excerpt}>
          {(props) => (
            <textarea {...props} defaultValue={values.excerpt ?? ''} rows={3} dir="auto" className={INPUT_CLASS} />
          )}
        </Field>
        <Field name="body" label={labels.body} error={errors.body} hint={labels.bodyHint}>
          {(props) => (
            <RichTextEditor
              id={props.id}
              name={props.name}
              initialHtml={values.body ?? ''}
              labels={editorLabels}
              images={library.bodyImages(options.bodyImages)}
              upload={{
                action: pictures.upload,
                labels: { ...pictures.labels, zone: pictures.labels.bodyZone },
                onUploaded: library.add,
              }}
              describedBy={props['aria-describedby']}
              invalid={props['aria-invalid']}
            />
          )}
        </Field>
        <LeadImageField
          desk={library}
          label={labels.leadImageId}
          error={errors.leadImageId}
          defaultValue={values.leadImageId ?? ''}
        />
        {text('leadImageCaption', { maxLength: 300 })}
        {text('leadImageAlt', { maxLength: 300 })}
        {text('seoTitle', { maxLength: 120 })}
        {text('seoDescription', { maxLength: 300 })}
      </div>
      <aside className="flex flex-col gap-4">
        <p className="text-sm text-muted">{labels.statusLine}</p>
        {select('language', options.languages)}
        {select('sectionId', options.sections)}
        {select('genre', options.genres)}
        {canChooseByline ? (
          <>
            {select('authorId', options.authors)}
            <BylinePicker
              key={key}
              authors={options.authors.filter((author) => author.value)}
              initial={values.coAuthorIds ?? ''}
              error={errors.coAuthorIds}
              labels={bylineLabels}
            />
          </>
        ) : (
          <p className="text-sm">
            <span className="font-bold">{labels.authorId}: </span>
            {labels.ownByline}
          </p>
        )}
        {text('slug', { maxLength: 120 })}
        {text('tags', { maxLength: 500 })}
        {canCurate && (
          <fieldset className="flex flex-col gap-3 rounded border border-rule p-3">
            <legend className="px-1 font-bold">{labels.curation}</legend>
            {text('topRank', { type: 'number', min: 1, max: 20 })}
            <p className="text-sm text-muted" data-testid="newsroom-zone">
              {desk.zone}
            </p>
            {time('topUntil')}
            <label className="flex items-center gap-2">
              <input type="checkbox" name="isBreaking" defaultChecked={values.isBreaking === 'on'} />{' '}
              {labels.isBreaking}
            </label>
            {time('breakingUntil')}
            {time('publishAt')}
          </fieldset>
        )}
        <StoryPreview initial={values} {...desk.preview} images={library.previewImages(desk.preview.images)} />
      </aside>
      {/* A direct child of the form, so it stays at the bottom of the screen over the whole form
          (on a phone the side column comes after every field). */}
      <div
        role="group"
        aria-label={desk.actions}
        data-testid="action-bar"
        className="story-action-bar sticky bottom-0 z-10 flex flex-wrap gap-2 border-t border-rule bg-paper py-3 lg:col-start-2 lg:flex-col"
      >
        {intents.map(({ intent, label, primary, confirm }) => (
          <button
            key={intent}
            type="submit"
            name="intent"
            value={intent}
            disabled={pending}
            onClick={(event) => {
              if (confirm && !window.confirm(confirm)) event.preventDefault();
            }}
            className={`grow rounded px-4 py-2 font-bold whitespace-nowrap disabled:opacity-60 lg:grow-0 ${primary ? 'bg-brand text-white hover:bg-brand-dark' : 'border border-rule hover:border-brand'}`}
          >
            {label}
          </button>
        ))}
        <p className="hidden w-full text-xs text-muted lg:block">{desk.shortcut}</p>
      </div>
    </form>
  );
}
