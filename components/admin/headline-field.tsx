'use client';

import { useState } from 'react';
import { Field, INPUT_CLASS } from './field';

const length = (text: string) => [...text].length;

/**
 * The headline: one line of text in a box that grows as it wraps, with its length counted as it
 * is typed and a warning past `labels.max`. `count` holds "{count}" for the number.
 */
export function HeadlineField({
  label,
  error,
  defaultValue,
  labels,
}: {
  label: string;
  error?: string;
  defaultValue: string;
  labels: { count: string; tooLong: string; max: number };
}) {
  const [count, setCount] = useState(() => length(defaultValue));
  const over = count > labels.max;
  return (
    <Field name="title" label={label} error={error} hint={labels.count.replace('{count}', String(count))}>
      {(props) => (
        <>
          <textarea
            {...props}
            aria-describedby={[props['aria-describedby'], 'field-title-warning'].filter(Boolean).join(' ')}
            defaultValue={defaultValue}
            rows={1}
            required
            maxLength={300}
            dir="auto"
            className={`${INPUT_CLASS} field-sizing-content resize-none`}
            // Still one line: Enter neither sends the form nor breaks the headline, and a pasted
            // line break becomes a space.
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.preventDefault();
            }}
            onChange={(event) => {
              const box = event.currentTarget;
              if (/[\r\n]/.test(box.value)) box.value = box.value.replace(/[\r\n]+/g, ' ');
              setCount(length(box.value));
            }}
          />
          {/* Always in the page, so a screen reader hears the warning when it appears. */}
          <p id="field-title-warning" role="status" className="text-sm font-bold text-amber-800 empty:hidden">
            {over ? labels.tooLong : ''}
          </p>
        </>
      )}
    </Field>
  );
}
