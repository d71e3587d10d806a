'use client';

import { startTransition, useState } from 'react';
import { Field, INPUT_CLASS, SMALL_BUTTON_CLASS } from './field';
import { TopNewsSortable, type SortableLabels } from './top-news-sortable';
import { useFormAction, type FormAction } from './use-form-action';

/** `lapse`: when the slot ends, already worded ("until …", "slot lapsed"), or empty; a lapsed slot gets no number, as readers no longer see it. */
type Story = { id: number; title: string; statusLabel: string; lapse: string; lapsed: boolean };
type Labels = Record<
  'up' | 'down' | 'clear' | 'empty' | 'pinHeading' | 'story' | 'until' | 'pin' | 'noCandidates',
  string
>;
type Props = {
  action: FormAction;
  /** Saves the whole order after a drag and drop (reorder-top-news-action). */
  reorderAction: FormAction;
  /** How many slots the front page shows: later stories are marked as not shown there. */
  frontPageSlots: number;
  /** `offFront`: the mark of a story beyond the front page's slots. */
  orderLabels: SortableLabels & { offFront: string };
  stories: Story[];
  candidates: { id: number; title: string }[];
  labels: Labels;
  /** The board's language: its pin form's field ids. */
  language: string;
};

/**
 * The ordered «أهم الأخبار» slots: a sortable list (drag, or the keyboard) saved
 * in one action at each drop, with up/down/clear forms beside each story and a
 * form to pin one; the forms are plain, so the board works without JavaScript too.
 */
export function TopNewsBoard({
  action,
  reorderAction,
  frontPageSlots,
  orderLabels,
  stories,
  candidates,
  labels,
  language,
}: Props) {
  const { state: moved, formAction, pending: moving, errors, typed, answerKey } = useFormAction(action);
  const reorder = useFormAction(reorderAction);
  // The one message shown is the answer to whichever form was sent last.
  const [last, setLast] = useState<'move' | 'reorder'>('move');
  const state = last === 'move' ? moved : reorder.state;
  const pending = moving || reorder.pending;
  const sendMove = (data: FormData) => {
    setLast('move');
    formAction(data);
  };
  const sendOrder = (order: number[]) => {
    const data = new FormData();
    data.set('language', language);
    data.set('order', order.join(','));
    setLast('reorder');
    startTransition(() => reorder.formAction(data));
  };
  const liveRank = (index: number, shown: Story[]) => shown.slice(0, index + 1).filter((story) => !story.lapsed).length;
  const button = (story: Story, move: 'up' | 'down' | 'clear', label: string, disabled = false) => (
    <form action={sendMove}>
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
        <TopNewsSortable
          // A new order from the server (or a refused one) starts the list afresh.
          key={stories.map((story) => story.id).join() + (reorder.state.status === 'error' ? reorder.answerKey : '')}
          id={`top-board-${language}`}
          stories={stories}
          labels={orderLabels}
          disabled={pending}
          onReorder={sendOrder}
          row={(story, index, shown) => {
            const rank = liveRank(index, shown);
            const offFront = !story.lapsed && rank > frontPageSlots;
            return (
              <>
                <span className="w-6 text-center text-xl font-bold text-brand">{story.lapsed ? '—' : rank}</span>
                <span className="min-w-0 flex-1 font-bold" dir="auto">
                  {story.title}{' '}
                  <span className="text-sm font-normal text-muted">
                    ({[story.statusLabel, story.lapse].filter(Boolean).join(' · ')})
                  </span>
                </span>
                {offFront && (
                  <span
                    className="rounded border border-brand px-2 text-xs font-bold text-brand"
                    data-testid="off-front"
                  >
                    {orderLabels.offFront}
                  </span>
                )}
                {button(story, 'up', labels.up, index === 0)}
                {button(story, 'down', labels.down, index === stories.length - 1)}
                {button(story, 'clear', labels.clear)}
              </>
            );
          }}
        />
      )}
      {candidates.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{labels.noCandidates}</p>
      ) : (
        <form
          action={sendMove}
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
