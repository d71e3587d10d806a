'use client';

import { useState } from 'react';
import { Field, INPUT_CLASS } from './field';

type Option = { value: string; label: string };

type Props = {
  /** Every author who can be added (the first byline is chosen beside it). */
  authors: Option[];
  /** The co-authors, comma-separated ids in byline order. */
  initial: string;
  error?: string;
  labels: { legend: string; add: string; addButton: string; remove: string; moveUp: string; none: string };
};

/**
 * Co-authors after the first byline, in order: pick one and add it, move one
 * up, remove one. Plain buttons and a select, so the keyboard does it all; the
 * list travels as one hidden field ("7,3").
 */
export function BylinePicker({ authors, initial, error, labels }: Props) {
  const [chosen, setChosen] = useState(() => initial.split(',').filter((id) => authors.some((a) => a.value === id)));
  const [pick, setPick] = useState('');
  const nameOf = (id: string) => authors.find((author) => author.value === id)?.label ?? id;
  const left = authors.filter((author) => !chosen.includes(author.value));
  const moveUp = (index: number) =>
    setChosen((list) => [...list.slice(0, index - 1), list[index], list[index - 1], ...list.slice(index + 1)]);
  return (
    <fieldset className="flex min-w-0 flex-col gap-2 rounded border border-rule p-3">
      <legend className="px-1 font-bold">{labels.legend}</legend>
      <input type="hidden" name="coAuthorIds" value={chosen.join(',')} />
      {chosen.length === 0 ? (
        <p className="text-sm text-muted">{labels.none}</p>
      ) : (
        <ol className="flex flex-col gap-1" aria-label={labels.legend}>
          {chosen.map((id, index) => (
            <li key={id} className="flex flex-wrap items-center gap-2">
              <span className="min-w-0 flex-1" dir="auto">
                {nameOf(id)}
              </span>
              {index > 0 && (
                <button
                  type="button"
                  className="rounded border border-rule px-2 text-sm"
                  aria-label={`${labels.moveUp}: ${nameOf(id)}`}
                  onClick={() => moveUp(index)}
                >
                  ↑
                </button>
              )}
              <button
                type="button"
                className="rounded border border-rule px-2 text-sm"
                aria-label={`${labels.remove}: ${nameOf(id)}`}
                onClick={() => setChosen((list) => list.filter((other) => other !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <Field name="coAuthorIds" label={labels.add} error={error}>
        {({ name: _name, ...props }) => (
          <div className="flex min-w-0 gap-2">
            <select
              {...props}
              value={pick}
              onChange={(event) => setPick(event.target.value)}
              className={`${INPUT_CLASS} min-w-0 flex-1`}
            >
              <option value="">—</option>
              {left.map((author) => (
                <option key={author.value} value={author.value}>
                  {author.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="shrink-0 rounded border border-rule px-3 font-bold"
              disabled={!pick}
              onClick={() => {
                setChosen((list) => [...list, pick]);
                setPick('');
              }}
            >
              {labels.addButton}
            </button>
          </div>
        )}
      </Field>
    </fieldset>
  );
}
