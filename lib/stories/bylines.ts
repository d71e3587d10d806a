import { z } from 'zod';
import type { User } from '@/db/schema';
import { mayChooseByline } from './workflow';

/** More names than this is a masthead, not a byline. */
export const MAX_BYLINES = 6;

/** The co-author list the story form posts: ids in order, comma-separated ("7,3"). */
export const authorIdList = z
  .string()
  .max(200, 'tooLong')
  .regex(/^(\d{1,9}(,\d{1,9})*)?$/, 'invalid')
  .optional()
  .transform((raw) => (raw === undefined ? undefined : raw ? raw.split(',').map(Number) : []));

export type BylineRequest = { authorId?: number; coAuthorIds?: number[] };
/** The stored story's byline and, when known, its whole ordered list. */
export type StoredBylines = { authorId: number | null; authorIds?: number[] };

/**
 * A story's authors in order, the first being its `author_id`. Editors choose
 * the first and any co-authors; a writer cannot sign with a colleague's name,
 * whatever the form posted: their new story carries their own byline and a
 * story they edit keeps the list it has.
 */
export function planBylines(
  request: BylineRequest,
  before: StoredBylines | undefined,
  user: Pick<User, 'role' | 'authorId'>,
): number[] {
  const stored = before?.authorIds?.length ? before.authorIds : before?.authorId ? [before.authorId] : undefined;
  if (!mayChooseByline(user)) return stored ?? (user.authorId ? [user.authorId] : []);
  const first = request.authorId ?? stored?.[0] ?? user.authorId;
  // A form that never showed the co-author list (an older tab) leaves the co-authors as they were.
  const others = request.coAuthorIds ?? stored?.slice(1) ?? [];
  const ids = [first, ...others].filter((id): id is number => typeof id === 'number');
  return [...new Set(ids)].slice(0, MAX_BYLINES);
}
