'use client';

import { useState, useTransition } from 'react';
import type { ActionState } from '@/lib/auth/action';
import type { FormAction } from './use-form-action';

const IDLE: ActionState = { status: 'idle' };

/**
 * A server action sent from inside the story form by a button (its fields are not the story's, and a form cannot
 * hold another), awaited so that what it stored is handed on at once: `then` runs with a successful answer.
 */
export function usePictureAction(action: FormAction) {
  const [state, setState] = useState<ActionState>(IDLE);
  const [pending, start] = useTransition();
  const send = (data: FormData, then: (answer: Extract<ActionState, { status: 'success' }>) => void) =>
    start(async () => {
      const answer = await action(IDLE, data);
      setState(answer);
      if (answer.status === 'success') then(answer);
    });
  return { state, pending, send, errors: (state.status === 'error' && state.fieldErrors) || {} };
}
