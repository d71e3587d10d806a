import type { Role } from '@/db/schema/staff';

export type StaffChange = { role: Role } | { active: boolean };

/**
 * Why an admin may not make this change to an account, or null when they may.
 * Nobody demotes or deactivates themselves: it would lock them out mid-task,
 * and as the actor is always an active admin, the newsroom keeps at least one.
 */
export function staffChangeRefusal(
  actorId: number,
  target: { id: number },
  change: StaffChange,
): 'selfDemote' | 'selfDeactivate' | null {
  if (actorId !== target.id) return null;
  if ('role' in change && change.role !== 'admin') return 'selfDemote';
  if ('active' in change && !change.active) return 'selfDeactivate';
  return null;
}
