'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/auth/action';

type Story = { id: number; title: string; statusLabel: string };
type Labels = { up: string; down: string; clear: string; empty: string };

/** The ordered «أهم الأخبار» slots with up/down/clear; one form per button, so it works without JavaScript too. */
export function TopNewsBoard({ action, stories, labels }: { action: (state: ActionState, data: FormData) => Promise<ActionState>; stories: Story[]; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as ActionState);
  if (stories.length === 0) return <p className="text-muted">{labels.empty}</p>;
  const button = (story: Story, move: 'up' | 'down' | 'clear', label: string, disabled = false) => (
    <form action={formAction}>
      <input type="hidden" name="articleId" value={story.id} />
      <button type="submit" name="move" value={move} disabled={pending || disabled} aria-label={`${label}: ${story.title}`} className="rounded border border-rule px-2 py-1 text-sm disabled:opacity-40">
        {label}
      </button>
    </form>
  );
  return (
    <>
      <p aria-live="polite" className="min-h-6 text-sm font-bold">
        {state.status !== 'idle' && state.message}
      </p>
      <ol className="divide-y divide-rule rounded border border-rule" data-testid="top-board">
        {stories.map((story, index) => (
          <li key={story.id} className="flex items-center gap-3 p-3">
            <span className="w-6 text-center text-xl font-bold text-brand">{index + 1}</span>
            <span className="flex-1 font-bold" dir="auto">
              {story.title} <span className="text-sm font-normal text-muted">({story.statusLabel})</span>
            </span>
            {button(story, 'up', labels.up, index === 0)}
            {button(story, 'down', labels.down, index === stories.length - 1)}
            {button(story, 'clear', labels.clear)}
          </li>
        ))}
      </ol>
    </>
  );
}
