import type { ArticleStatus } from '@/db/schema/articles';
import type { Role } from '@/db/schema/staff';
import { closeReviewNotes } from '@/db/queries/review';
import { writeAudit } from '@/db/queries/staff';
import { can } from '@/lib/auth/permissions';

// Review is not a status of its own: a story waits for review in the workflow's
// 'review' status, and is "returned" while it is a draft with an editor's note
// still open. Sending back moves review → draft and opens a note; the story
// leaving draft again (resubmitted, or published by an editor) closes it.

export type ReviewState = 'none' | 'awaiting' | 'returned';

/** Where a story stands in review, given whether it carries an open note. */
export function reviewState(story: { status: ArticleStatus }, hasOpenNote: boolean): ReviewState {
  if (story.status === 'review') return 'awaiting';
  return story.status === 'draft' && hasOpenNote ? 'returned' : 'none';
}

/** Editors and admins send back a story that waits for review; writers never, not even their own. */
export const maySendBack = (user: { role: Role }, story: { status: ArticleStatus }) =>
  can(user.role, 'article.sendBack') && story.status === 'review';

/**
 * After a save: a story that left draft closes its open notes, and a writer's
 * submission that closed one is a resubmission, which goes on record.
 */
export function settleReview(userId: number, articleId: number, status: ArticleStatus, now: number) {
  if (status === 'draft') return;
  const closed = closeReviewNotes(articleId, now);
  if (closed > 0 && status === 'review') writeAudit(userId, 'resubmit', `article:${articleId}`);
}
