'use client';

import { INPUT_CLASS, SMALL_BUTTON_CLASS } from './field';
import { OneTimeLink, type OneTimeLinkLabels } from './one-time-link';
import { useFormAction, type FormAction } from './use-form-action';

type Member = {
  id: number;
  name: string;
  email: string;
  role: string;
  active: boolean;
  hasPassword: boolean;
  byline: string | null;
};
type LabelKey =
  | 'name'
  | 'email'
  | 'role'
  | 'status'
  | 'byline'
  | 'active'
  | 'inactive'
  | 'pending'
  | 'you'
  | 'saveRole'
  | 'deactivate'
  | 'reactivate'
  | 'passwordLink'
  | 'saving';
type Props = {
  actions: { role: FormAction; active: FormAction; link: FormAction };
  members: Member[];
  selfId: number;
  roles: { value: string; label: string }[];
  labels: Record<LabelKey, string>;
  linkLabels: OneTimeLinkLabels;
};

/** The staff list with each member's controls; one status line reports the last change sent. */
export function StaffBoard({ actions, members, selfId, roles, labels, linkLabels }: Props) {
  // One state for three actions: each form names its action in `op`, so the line never reports an older one.
  const byOp: FormAction = (previous, data) => actions[data.get('op') as keyof Props['actions']](previous, data);
  const { state, formAction: dispatch, pending } = useFormAction(byOp);
  const roleLabel = (value: string) => roles.find((role) => role.value === value)?.label ?? value;
  return (
    <div className="space-y-4">
      <div aria-live="polite" className="min-h-6">
        {pending ? (
          <p role="status">{labels.saving}</p>
        ) : (
          state.status !== 'idle' && (
            <p
              role={state.status === 'error' ? 'alert' : 'status'}
              className={`font-bold ${state.status === 'error' ? 'text-brand' : 'text-green-700'}`}
            >
              {state.message}
            </p>
          )
        )}
      </div>
      {!pending && state.status === 'success' && state.link && <OneTimeLink url={state.link} labels={linkLabels} />}
      {/* One card per member on a phone (card-table in globals.css). */}
      <div>
        <table className="card-table w-full text-start text-sm">
          <thead>
            <tr className="border-b-2 border-ink">
              {(['name', 'email', 'role', 'byline', 'status'] as const).map((key) => (
                <th key={key} className="p-2 text-start">
                  {labels[key]}
                </th>
              ))}
              <th className="p-2 text-start" />
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const self = member.id === selfId;
              return (
                <tr key={member.id} className={`border-b border-rule ${member.active ? '' : 'text-muted'}`}>
                  <td className="p-2 font-bold">
                    <bdi>{member.name}</bdi> {self && <span className="font-normal">{labels.you}</span>}
                  </td>
                  <td className="p-2" dir="ltr">
                    {member.email}
                  </td>
                  <td className="p-2" data-label={labels.role}>
                    {self ? (
                      roleLabel(member.role)
                    ) : (
                      <form action={dispatch} className="flex gap-1">
                        <input type="hidden" name="op" value="role" />
                        <input type="hidden" name="userId" value={member.id} />
                        <select
                          name="role"
                          defaultValue={member.role}
                          key={member.role}
                          aria-label={`${labels.role}: ${member.email}`}
                          className={`${INPUT_CLASS} py-1`}
                        >
                          {roles.map((role) => (
                            <option key={role.value} value={role.value}>
                              {role.label}
                            </option>
                          ))}
                        </select>
                        <button
                          type="submit"
                          disabled={pending}
                          className={SMALL_BUTTON_CLASS}
                          aria-label={`${labels.saveRole}: ${member.email}`}
                        >
                          {labels.saveRole}
                        </button>
                      </form>
                    )}
                  </td>
                  <td className="p-2" data-label={labels.byline}>
                    {member.byline ?? '—'}
                  </td>
                  <td className="p-2" data-label={labels.status}>
                    {!member.active ? labels.inactive : member.hasPassword ? labels.active : labels.pending}
                  </td>
                  <td className="p-2">
                    <div className="flex flex-wrap gap-1">
                      {!self && (
                        <form action={dispatch}>
                          <input type="hidden" name="op" value="active" />
                          <input type="hidden" name="userId" value={member.id} />
                          <input type="hidden" name="active" value={String(!member.active)} />
                          <button
                            type="submit"
                            disabled={pending}
                            className={SMALL_BUTTON_CLASS}
                            aria-label={`${member.active ? labels.deactivate : labels.reactivate}: ${member.email}`}
                          >
                            {member.active ? labels.deactivate : labels.reactivate}
                          </button>
                        </form>
                      )}
                      {member.active && (
                        <form action={dispatch}>
                          <input type="hidden" name="op" value="link" />
                          <input type="hidden" name="userId" value={member.id} />
                          <button
                            type="submit"
                            disabled={pending}
                            className={SMALL_BUTTON_CLASS}
                            aria-label={`${labels.passwordLink}: ${member.email}`}
                          >
                            {labels.passwordLink}
                          </button>
                        </form>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
