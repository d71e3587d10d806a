import { ARTICLE_STATUSES, PUBLIC_STATUSES, type ArticleStatus } from '@/db/schema/articles';
import type { Role } from '@/db/schema/staff';
import { can } from '@/lib/auth/permissions';

// The story workflow: the statuses a story moves through, what each person may
// do to it in each, and when readers see it. The form, the save action and the
// cache invalidation all ask here. (The statuses themselves are the column's
// enum in db/schema, where the reader queries also find the public ones.)
export { ARTICLE_STATUSES, type ArticleStatus };

export const INTENTS = ['save', 'submit', 'publish', 'schedule', 'unpublish', 'delete', 'recover'] as const;
export type Intent = (typeof INTENTS)[number];

/**
 * Which intents apply to a story in each status ('new': not saved yet). The
 * action enforces it; the form shows only these buttons. A public story is
 * unpublished before it can be deleted, so no live page vanishes by a slip of
 * the mouse.
 */
export const ALLOWED_INTENTS: Record<ArticleStatus | 'new', readonly Intent[]> = {
  new: ['save', 'submit', 'publish', 'schedule'],
  draft: ['save', 'submit', 'publish', 'schedule', 'delete'],
  review: ['save', 'publish', 'schedule', 'delete'],
  scheduled: ['save', 'publish', 'schedule', 'unpublish'],
  published: ['save', 'unpublish'],
  unpublished: ['save', 'publish', 'schedule', 'delete'],
  deleted: ['recover'],
};

/** Intents that need the publishing permission. */
export const EDITOR_INTENTS: readonly Intent[] = ['publish', 'schedule', 'unpublish', 'delete', 'recover'];

type Staff = { id: number; role: Role };

/** The intents this person may apply to a story in this status: the buttons of the form, the rule of the action. */
export function intentsFor(user: Staff, status: ArticleStatus | 'new'): readonly Intent[] {
  return ALLOWED_INTENTS[status].filter(
    (intent) => can(user.role, 'article.publish') || !EDITOR_INTENTS.includes(intent),
  );
}

/** Writers may touch only their own stories that are not yet public; editors and admins any story. */
export function canEditArticle(user: Staff, article: { createdBy: number | null; status: ArticleStatus }): boolean {
  if (can(user.role, 'article.editAny')) return true;
  return article.createdBy === user.id && (article.status === 'draft' || article.status === 'review');
}

/** A deleted story is brought back first; its history waits for it. */
export const canRestoreRevision = (article: { status: ArticleStatus }) => article.status !== 'deleted';

/**
 * On the way to readers: published, or scheduled (public at its time). A save
 * of a story that is not, before or after, changes no reader page.
 */
export const hasPublicStatus = (story: { status: ArticleStatus }) =>
  (PUBLIC_STATUSES as readonly ArticleStatus[]).includes(story.status);

/** What readers see at `now`: the rule the reader queries apply in SQL (db/queries/visibility). */
export const isPublic = (
  story: { status: ArticleStatus; publishedAt: number | null; embargoUntil?: number | null },
  now: number,
) => hasPublicStatus(story) && story.publishedAt !== null && story.publishedAt <= now && !underEmbargo(story, now);

/** An embargo holds until its time: no reader sees the story, no action publishes it before then. */
export const underEmbargo = (story: { embargoUntil?: number | null }, now: number) =>
  typeof story.embargoUntil === 'number' && story.embargoUntil > now;

/**
 * The status staff see at `now`: a scheduled story whose time has come is live,
 * so it is shown, and offered the buttons, as published (the stored status
 * stays until the next save; readers already see it).
 */
export const shownStatus = (
  story: { status: ArticleStatus; publishedAt: number | null },
  now: number,
): ArticleStatus => (story.status === 'scheduled' && isPublic(story, now) ? 'published' : story.status);

/** Editors and admins sign a story with any byline; a writer's story carries the writer's own. */
export const mayChooseByline = (user: Pick<Staff, 'role'>) => can(user.role, 'article.editAny');
