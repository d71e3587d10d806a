/** A labelled form field with its error announced and tied to the input. */
export function Field({
  name,
  label,
  error,
  hint,
  idPrefix = '',
  children,
}: {
  name: string;
  /** Tells apart the fields of two forms of one kind on a page. */
  idPrefix?: string;
  label: string;
  error?: string;
  hint?: string;
  children: (props: {
    id: string;
    name: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => React.ReactNode;
}) {
  const id = `field-${idPrefix}${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    // Never wider than its form, whatever a long choice in a select asks for (phones).
    <div className="flex max-w-full min-w-0 flex-col gap-1">
      <label htmlFor={id} id={`${id}-label`} className="font-bold">
        {label}
      </label>
      {children({ id, name, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-bold text-brand" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The small bordered buttons of the admin's lists (rename, up, down, delete…). */
export const SMALL_BUTTON_CLASS = 'rounded border border-rule px-2 py-1 text-sm disabled:opacity-40';

/** `max-w-full`: a select is as wide as its longest choice, which must not push a phone's page sideways. */
export const INPUT_CLASS =
  'max-w-full rounded border border-rule bg-paper px-3 py-2 text-ink aria-[invalid=true]:border-brand';
