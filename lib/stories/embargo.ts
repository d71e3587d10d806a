import type { Article } from '@/db/schema';
import type { Role } from '@/db/schema/staff';
import { can } from '@/lib/auth/permissions';
import { parseNewsroomTime, TIME_ZONE } from '@/lib/dates';
import { canEditArticle, hasPublicStatus, isPublic, underEmbargo } from './workflow';

// An embargo: the time before which a source forbids publication. Unlike a
// schedule, which an editor may bring forward, an embargo holds every way a
// story could reach readers until its time, unless an editor lifts it, with a
// reason, in a step of its own.
export { underEmbargo };

type Staff = { id: number; role: Role };
type Story = Pick<Article, 'status' | 'publishedAt' | 'embargoUntil' | 'createdBy'>;

/** Whoever may edit a story may hold it back: an embargo only ever delays. */
export const maySetEmbargo = (user: Staff, story: Pick<Story, 'status' | 'createdBy'>) =>
  canEditArticle(user, story) && story.status !== 'deleted';

/** Lifting publishes sooner than the source agreed: the publishing permission, and a reason on record. */
export const mayLiftEmbargo = (user: Pick<Staff, 'role'>) => can(user.role, 'article.publish');

export type EmbargoRefusal = 'badDate' | 'pastEmbargo' | 'embargoOnPublic' | 'embargoEarlier';

/**
 * The embargo a typed time (newsroom time) puts on a story, and the publication
 * time it leaves: a story scheduled before the embargo's end moves to it, so
 * its date is the moment readers first see it. A story readers already see is
 * not taken back by an embargo (unpublish it); an embargo is shortened only by
 * lifting it.
 */
export function planEmbargo(
  typed: string,
  story: Pick<Story, 'status' | 'publishedAt' | 'embargoUntil'>,
  now: number,
  timeZone = TIME_ZONE,
): { embargoUntil: number; publishedAt: number | null } | { refusal: EmbargoRefusal } {
  const until = parseNewsroomTime(typed, timeZone);
  if (until === undefined) return { refusal: 'badDate' };
  if (until <= now) return { refusal: 'pastEmbargo' };
  if (isPublic(story, now)) return { refusal: 'embargoOnPublic' };
  if (underEmbargo(story, now) && until < story.embargoUntil!) return { refusal: 'embargoEarlier' };
  const movesSchedule = story.status === 'scheduled' && story.publishedAt !== null && story.publishedAt < until;
  return { embargoUntil: until, publishedAt: movesSchedule ? until : story.publishedAt };
}

/**
 * Whether a planned save would let readers see the story before its embargo
 * ends: «نشر الآن», or a schedule earlier than the embargo, whoever asks.
 */
export function breaksEmbargo(
  before: Pick<Story, 'embargoUntil'> | undefined,
  plan: { status: Story['status']; publishedAt: number | null },
  now: number,
): boolean {
  if (!before || !underEmbargo(before, now) || !hasPublicStatus(plan)) return false;
  return plan.publishedAt === null || plan.publishedAt < before.embargoUntil!;
}
