'use client';

import { useState } from 'react';
import { FormStatus } from './form-status';
import { SMALL_BUTTON_CLASS } from './field';
import { LiveEntryForm, type LiveEntryFormProps } from './live-entry-form';
import { useFormAction, type FormAction } from './use-form-action';

type Entry = NonNullable<LiveEntryFormProps['entry']> & {
  time: string;
  author: string | null;
  /** Sanitised on the server. */
  html: string;
  isPinned: boolean;
  /** This person may edit, flag or delete it. */
  mayChange: boolean;
};

type Labels = Record<
  | 'heading'
  | 'intro'
  | 'start'
  | 'end'
  | 'confirmEnd'
  | 'reopen'
  | 'status'
  | 'addTitle'
  | 'add'
  | 'save'
  | 'edit'
  | 'delete'
  | 'confirmDelete'
  | 'pin'
  | 'unpin'
  | 'markKey'
  | 'unmarkKey'
  | 'pinned'
  | 'keyEvent'
  | 'entries'
  | 'none'
  | 'endedNotice',
  string
>;

type Props = {
  articleId: number;
  /** null: not a live blog yet. */
  blog: { ended: boolean } | null;
  entries: Entry[];
  mayAdd: boolean;
  /** Start, end, reopen, pin: editors. */
  mayRun: boolean;
  actions: { run: FormAction; save: FormAction; change: FormAction };
  form: Omit<LiveEntryFormProps, 'action' | 'articleId' | 'entry' | 'onDone' | 'labels'> & {
    labels: Omit<LiveEntryFormProps['labels'], 'submit'>;
  };
  labels: Labels;
};

/** The story page's live-blog panel: the coverage's state, a new entry, and each entry's edit, flags and delete. */
export function LivePanel({ articleId, blog, entries, mayAdd, mayRun, actions, form, labels }: Props) {
  const run = useFormAction(actions.run);
  const change = useFormAction(actions.change);
  const [editing, setEditing] = useState<number | null>(null);
  const runButton = (intent: 'start' | 'end' | 'reopen', confirm?: string) => (
    <form action={run.formAction}>
      <input type="hidden" name="articleId" value={articleId} />
      <button
        type="submit"
        name="intent"
        value={intent}
        disabled={run.pending}
        className="rounded border border-brand px-3 py-1 font-bold text-brand disabled:opacity-60"
        onClick={(event) => {
          if (confirm && !window.confirm(confirm)) event.preventDefault();
        }}
      >
        {labels[intent]}
      </button>
    </form>
  );
  return (
    <section aria-labelledby="live-panel-heading" className="mt-10 rounded border border-rule p-4">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id="live-panel-heading" className="text-xl font-bold">
          {labels.heading}
        </h2>
        {mayRun && !blog && runButton('start')}
        {mayRun && blog && !blog.ended && runButton('end', labels.confirmEnd)}
        {mayRun && blog?.ended && runButton('reopen')}
      </div>
      <FormStatus state={run.state} className="mb-3" />
      {!blog ? (
        <p className="text-muted">{labels.intro}</p>
      ) : (
        <>
          <p className="mb-4 text-sm text-muted" data-testid="live-status">
            {labels.status}
          </p>
          {blog.ended && <p className="mb-4 font-bold">{labels.endedNotice}</p>}
          {mayAdd && !blog.ended && (
            <div className="mb-6">
              <h3 className="mb-2 font-bold">{labels.addTitle}</h3>
              <LiveEntryForm
                {...form}
                action={actions.save}
                articleId={articleId}
                labels={{ ...form.labels, submit: labels.add }}
              />
            </div>
          )}
          <h3 className="mb-2 font-bold">{labels.entries}</h3>
          <FormStatus state={change.state} className="mb-3" />
          {entries.length === 0 && <p className="text-muted">{labels.none}</p>}
          <ol className="divide-y divide-rule">
            {entries.map((entry) => (
              <li key={entry.id} className="py-3" data-testid="live-admin-entry">
                <p className="mb-1 flex flex-wrap gap-x-3 text-sm text-muted">
                  <span>{entry.time}</span>
                  {entry.author && <span dir="auto">{entry.author}</span>}
                  {entry.isPinned && <span className="font-bold text-brand">{labels.pinned}</span>}
                  {entry.isKeyEvent && <span className="font-bold text-brand">{labels.keyEvent}</span>}
                </p>
                {editing === entry.id ? (
                  <LiveEntryForm
                    {...form}
                    action={actions.save}
                    articleId={articleId}
                    entry={entry}
                    labels={{ ...form.labels, submit: labels.save }}
                    onDone={() => setEditing(null)}
                  />
                ) : (
                  <div className="article-body text-sm" dangerouslySetInnerHTML={{ __html: entry.html }} />
                )}
                {entry.mayChange && editing !== entry.id && (
                  <form action={change.formAction} className="mt-2 flex flex-wrap gap-1">
                    <input type="hidden" name="articleId" value={articleId} />
                    <input type="hidden" name="id" value={entry.id} />
                    <button type="button" className={SMALL_BUTTON_CLASS} onClick={() => setEditing(entry.id)}>
                      {labels.edit}
                    </button>
                    {mayRun && (
                      <button
                        type="submit"
                        name="intent"
                        value={entry.isPinned ? 'unpin' : 'pin'}
                        className={SMALL_BUTTON_CLASS}
                        disabled={change.pending}
                      >
                        {entry.isPinned ? labels.unpin : labels.pin}
                      </button>
                    )}
                    <button
                      type="submit"
                      name="intent"
                      value={entry.isKeyEvent ? 'unkey' : 'key'}
                      className={SMALL_BUTTON_CLASS}
                      disabled={change.pending}
                    >
                      {entry.isKeyEvent ? labels.unmarkKey : labels.markKey}
                    </button>
                    <button
                      type="submit"
                      name="intent"
                      value="delete"
                      className={SMALL_BUTTON_CLASS}
                      disabled={change.pending}
                      onClick={(event) => {
                        if (!window.confirm(labels.confirmDelete)) event.preventDefault();
                      }}
                    >
                      {labels.delete}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
