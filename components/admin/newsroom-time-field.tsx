'use client';

import { useState } from 'react';
import { formatWallTime } from '@/lib/text/wall-time';
import { Field, INPUT_CLASS } from './field';

/**
 * A date and time in the newsroom's zone, echoed in words under the box as it is chosen
 * (`echo` holds "{when}"; `localeTag` is the desk's date format).
 */
export function NewsroomTimeField({
  name,
  label,
  error,
  defaultValue,
  echo,
  localeTag,
}: {
  name: string;
  label: string;
  error?: string;
  defaultValue: string;
  echo: string;
  localeTag: string;
}) {
  const [value, setValue] = useState(defaultValue);
  const when = formatWallTime(value, localeTag);
  return (
    <Field name={name} label={label} error={error} hint={when && echo.replace('{when}', when)}>
      {(props) => (
        <input
          {...props}
          type="datetime-local"
          step={1}
          defaultValue={defaultValue}
          onChange={(event) => setValue(event.currentTarget.value)}
          className={INPUT_CLASS}
        />
      )}
    </Field>
  );
}
