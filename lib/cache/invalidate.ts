import 'server-only';
import { updateTag } from 'next/cache';
import { movesClock, tagsFor, type Change } from './changes';
import { forgetTimedChange } from './clock';

export type { Change };

/**
 * The one place a write tells the caches what it changed: every admin action
 * that changes what readers see ends here.
 */
export function invalidate(...changes: Change[]): void {
  for (const tag of new Set(changes.flatMap(tagsFor))) updateTag(tag);
  if (changes.some(movesClock)) forgetTimedChange();
}
