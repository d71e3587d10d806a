import 'server-only';
import { updateTag } from 'next/cache';
import { after } from 'next/server';
import { movesClock, tagsFor, type Change } from './changes';
import { forgetTimedChange } from './clock';
import { purgeEdges } from './edge-purge';

export type { Change };

/**
 * The one place a write tells the caches what it changed: every admin action
 * that changes what readers see ends here. Next's cache (shared by every
 * worker through Redis when there are several) first, then the edge nodes.
 * Next applies the tags only once the action has returned, so the edge is
 * purged after that (`after`): purged earlier, the first reader to miss at the
 * edge would be served the old page from Next's cache, and the edge would keep
 * it until the next write. A failing edge is logged, never the editor's problem.
 */
export async function invalidate(...changes: Change[]): Promise<void> {
  const tags = [...new Set(changes.flatMap(tagsFor))];
  for (const tag of tags) updateTag(tag);
  if (changes.some(movesClock)) forgetTimedChange();
  after(() => purgeEdges(tags));
}
