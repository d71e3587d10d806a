'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormAction } from './use-form-action';

type Props = {
  report: FormAction;
  /** The story being edited; absent for a story not yet saved (nothing to lock). */
  articleId?: string;
  /** The version this form was opened on: the server says when the stored story has moved past it. */
  version?: string;
  /** Set when someone else held the story when the page was opened. */
  heldBy?: string;
  labels: { takeOver: string };
};

const REPORT_EVERY_MS = 20_000;
/** A report carries the story's id and, only when something changed since the last autosave, every field. */
const CONTROL_FIELDS = new Set(['id', 'version', 'intent']);

const snapshotOf = (form: HTMLFormElement) =>
  JSON.stringify(
    [...new FormData(form)].filter(([key, value]) => typeof value === 'string' && !CONTROL_FIELDS.has(key)),
  );

/**
 * Lives inside the story form: keeps the story's edit lock while the page is
 * open, autosaves what was typed, and says so when someone else holds the
 * story, with a button to take it over.
 */
export function EditingSession({ report, articleId, version, heldBy, labels }: Props) {
  const anchor = useRef<HTMLDivElement>(null);
  // What the server last stored (at first: what the page opened with).
  const stored = useRef<string | null>(null);
  const [holding, setHolding] = useState(!heldBy);
  const [message, setMessage] = useState(heldBy ?? '');

  const send = useCallback(
    async (takeover: boolean) => {
      const form = anchor.current?.closest('form');
      if (!form) return;
      const snapshot = snapshotOf(form);
      const changed = snapshot !== stored.current;
      if (!articleId && !changed) return;
      const data = changed ? new FormData(form) : new FormData();
      if (articleId) data.set('id', articleId);
      if (version) data.set('version', version);
      if (takeover) data.set('takeover', 'on');
      if (changed) data.set('autosave', 'on');
      const result = await report({ status: 'idle' }, data);
      setHolding(result.status !== 'error');
      if (result.status === 'success' && changed) stored.current = snapshot;
      if (result.status !== 'idle' && result.message) setMessage(result.message);
    },
    [articleId, version, report],
  );

  useEffect(() => {
    const form = anchor.current?.closest('form');
    if (form && stored.current === null) stored.current = snapshotOf(form);
    if (!holding) return;
    if (articleId) void send(false);
    const timer = setInterval(() => void send(false), REPORT_EVERY_MS);
    // A tab being hidden is often a tab about to be closed: save what is there now.
    const onHide = () => document.visibilityState === 'hidden' && void send(false);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [articleId, holding, send]);

  return (
    <div ref={anchor} className="text-sm" data-testid="editing-session">
      {holding ? (
        message && <p className="text-muted">{message}</p>
      ) : (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded border border-amber-600 bg-amber-50 p-3 font-bold text-amber-900"
        >
          <span>{message}</span>
          <button type="button" onClick={() => void send(true)} className="rounded border border-amber-700 px-3 py-1">
            {labels.takeOver}
          </button>
        </div>
      )}
    </div>
  );
}
