'use client';

import { FormStatus } from './form-status';
import { INPUT_CLASS, SMALL_BUTTON_CLASS } from './field';
import { useFormAction, type FormAction } from './use-form-action';

/** `href`: the tag's reader page, null while it has none (no public story). */
type Tag = { id: number; name: string; slug: string; stories: string; href: string | null };
type Labels = Record<'name' | 'rename' | 'delete' | 'confirmDelete' | 'saving' | 'view', string>;

/** One row per tag: rename it (to another tag's name merges the two) or delete it. */
export function TagsBoard({ edit, tags, labels }: { edit: FormAction; tags: Tag[]; labels: Labels }) {
  const { state, formAction: editAction, pending, errors, typed, answerKey } = useFormAction(edit);
  return (
    <div className="space-y-4">
      {pending ? (
        <p role="status" className="p-3 font-bold">
          {labels.saving}
        </p>
      ) : (
        <FormStatus state={state} />
      )}
      <ul className="divide-y divide-rule rounded border border-rule" key={answerKey}>
        {tags.map((tag) => {
          const error = typed.id === String(tag.id) ? errors.name : undefined;
          return (
            <li key={tag.id} className="p-3">
              <form action={editAction} className="flex flex-wrap items-center gap-2">
                <input type="hidden" name="id" value={tag.id} />
                <input
                  name="name"
                  defaultValue={typed.id === String(tag.id) ? typed.name : tag.name}
                  dir="auto"
                  maxLength={60}
                  aria-label={`${labels.name}: ${tag.name}`}
                  aria-invalid={Boolean(error)}
                  aria-describedby={error ? `tag-error-${tag.id}` : undefined}
                  className={INPUT_CLASS}
                />
                <span className="text-sm text-muted">{tag.stories}</span>
                {tag.href && (
                  <a
                    href={tag.href}
                    className="text-sm text-brand underline"
                    aria-label={`${labels.view}: ${tag.name}`}
                  >
                    {labels.view}
                  </a>
                )}
                <span className="ms-auto flex gap-1">
                  <button
                    type="submit"
                    name="intent"
                    value="rename"
                    disabled={pending}
                    className={SMALL_BUTTON_CLASS}
                    aria-label={`${labels.rename}: ${tag.name}`}
                  >
                    {labels.rename}
                  </button>
                  <button
                    type="submit"
                    name="intent"
                    value="delete"
                    disabled={pending}
                    className={SMALL_BUTTON_CLASS}
                    aria-label={`${labels.delete}: ${tag.name}`}
                    onClick={(event) => {
                      if (!window.confirm(labels.confirmDelete)) event.preventDefault();
                    }}
                  >
                    {labels.delete}
                  </button>
                </span>
                {error && (
                  <p id={`tag-error-${tag.id}`} className="w-full text-sm font-bold text-brand">
                    {error}
                  </p>
                )}
              </form>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
