import type { ActionState } from '@/lib/auth/action';

/** A form's outcome, announced: errors as alerts, successes as status. */
export function FormStatus({ state, className = '' }: { state: ActionState; className?: string }) {
  return (
    <div aria-live="polite" className={className}>
      {state.status !== 'idle' && (
        <p
          role={state.status === 'error' ? 'alert' : 'status'}
          className={`rounded border p-3 font-bold ${state.status === 'error' ? 'border-brand text-brand' : 'border-green-700 text-green-700'}`}
        >
          {state.message}
        </p>
      )}
    </div>
  );
}
