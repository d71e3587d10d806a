'use client';

import { Field, INPUT_CLASS, SMALL_BUTTON_CLASS } from './field';
import { useFormAction, type FormAction } from './use-form-action';

/** `lapse`: when the slot ends, already worded ("until …", "slot lapsed"), or empty; a lapsed slot gets no number, as readers no longer see it. */
type Story = { id: number; title: string; statusLabel: string; lapse: string; lapsed: boolean };
type Labels = Record<
  'up' | 'down' | 'clear' | 'empty' | 'pinHeading' | 'story' | 'until' | 'pin' | 'noCandidates',
  string
>;
type Props = {
  action: FormAction;
  stories: Story[];
  candidates: { id: number; title: string }[];
  labels: Labels;
  /** The board's language: its pin form's field ids. */
  language: string;
};

/** The ordered «أهم الأخبار» slots with up/down/clear, and a form to pin a story; plain forms, so it works without JavaScript too. */
export function TopNewsBoard({ action, stories, candidates, labels, language }: Props) {
  const { state, formAction, pending, errors, typed, answerKey } = useFormAction(action);
  const liveRank = (index: number) => stories.slice(0, index + 1).filter((story) => !story.lapsed).length;
  const button = (story: Story, move: 'up' | 'down' | 'clear', label: string, disabled = false) => (
    <form action={formAction}>
      <input type="hidden" name="articleId" value={story.id} />
      <button
        type="submit"
        name="move"
        value={move}
        disabled={pending || disabled}
        aria-label={`${label}: ${story.title}`}
        className={SMALL_BUTTON_CLASS}
      >
        {label}
      </button>
    </form>
  );
  return (
    <>
      <p aria-live="polite" className="min-h-6 text-sm font-bold">
        {state.status !== 'idle' && state.message}
      </p>
      {stories.length === 0 ? (
        <p className="text-muted">{labels.empty}</p>
      ) : (
        <ol className="divide-y divide-rule rounded border border-rule" data-testid="top-board">
          {stories.map((story, index) => (
            <li key={story.id} className="flex items-center gap-3 p-3">
              <span className="w-6 text-center text-xl font-bold text-brand">
                {story.lapsed ? '—' : liveRank(index)}
              </span>
              <span className="flex-1 font-bold" dir="auto">
                {story.title}{' '}
                <span className="text-sm font-normal text-muted">
                  ({[story.statusLabel, story.lapse].filter(Boolean).join(' · ')})
                </span>
              </span>
              {button(story, 'up', labels.up, index === 0)}
              {button(story, 'down', labels.down, index === stories.length - 1)}
              {button(story, 'clear', labels.clear)}
            </li>
          ))}
        </ol>
      )}
      {candidates.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{labels.noCandidates}</p>
      ) : (
        <form
          action={formAction}
          key={answerKey}
          className="mt-3 flex flex-wrap items-end gap-3 rounded border border-rule p-3"
          noValidate
        >
          <h3 className="w-full font-bold">{labels.pinHeading}</h3>
          <Field name="articleId" label={labels.story} error={errors.articleId} idPrefix={`${language}-`}>
            {(props) => (
              <select {...props} defaultValue={typed.articleId ?? ''} className={INPUT_CLASS}>
                {candidates.map((story) => (
                  <option key={story.id} value={story.id}>
                    {story.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="until" label={labels.until} error={errors.until} idPrefix={`${language}-`}>
            {(props) => (
              <input
                {...props}
                type="datetime-local"
                step={1}
                defaultValue={typed.until ?? ''}
                className={INPUT_CLASS}
              />
            )}
          </Field>
          <button
            type="submit"
            name="move"
            value="pin"
            disabled={pending}
            className="rounded bg-brand px-4 py-2 font-bold text-white disabled:opacity-60"
          >
            {labels.pin}
          </button>
        </form>
      )}
    </>
  );
}
