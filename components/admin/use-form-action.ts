'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/auth/action';

/** A server action as a form sends it, for useActionState. */
export type FormAction = (state: ActionState, data: FormData) => Promise<ActionState>;

const IDLE: ActionState = { status: 'idle' };

/**
 * A form's server action and what its last answer means for the fields: each
 * field's error, what was typed (to refill the fields after an error), and a
 * key that changes with every answer.
 */
export function useFormAction(action: FormAction) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const failed = state.status === 'error';
  return {
    state,
    formAction,
    pending,
    errors: (failed && state.fieldErrors) || {},
    typed: (failed && state.values) || {},
    /** For a form's `key`: remounted on each answer, a success clears the fields and an error refills what was typed. */
    answerKey: JSON.stringify(state),
  };
}
