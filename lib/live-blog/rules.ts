import type { Role } from '@/db/schema/staff';
import type { ArticleStatus } from '@/db/schema/articles';
import { can } from '@/lib/auth/permissions';
import { canEditArticle } from '@/lib/stories/workflow';

// Who may do what to a live blog. Entries follow the story's own rules: whoever may edit the story may add
// entries to it (writers: their own drafts in review or not yet public; editors and admins: any story). A
// writer changes or deletes only entries they wrote; editors anyone's. Starting, ending and reopening the
// coverage and pinning an entry shape what every reader sees first: editors' decisions. An ended blog takes no
// new entries until it is reopened (the «انتهت التغطية» line would lie otherwise); its existing entries can
// still be corrected or removed.

type Staff = { id: number; role: Role };
type Story = { createdBy: number | null; status: ArticleStatus };
type Blog = { endedAt: number | null };
type Entry = { createdBy: number | null };

export type LiveRefusal = 'forbidden' | 'liveEnded' | 'notLive';

export function mayAddEntry(user: Staff, story: Story, blog: Blog | undefined): LiveRefusal | null {
  if (!canEditArticle(user, story)) return 'forbidden';
  if (!blog) return 'notLive';
  return blog.endedAt === null ? null : 'liveEnded';
}

export function mayChangeEntry(user: Staff, story: Story, entry: Entry): LiveRefusal | null {
  if (!canEditArticle(user, story)) return 'forbidden';
  return can(user.role, 'article.editAny') || entry.createdBy === user.id ? null : 'forbidden';
}

/** Pinning, and starting, ending or reopening the coverage. */
export function mayRunBlog(user: Staff, story: Story): LiveRefusal | null {
  return canEditArticle(user, story) && can(user.role, 'article.editAny') ? null : 'forbidden';
}

/** Readers' order: the pinned entry first, then newest first (ties by id, the order they were written). */
export function orderEntries<T extends { id: number; isPinned: boolean; createdAt: number }>(entries: T[]): T[] {
  return [...entries].sort(
    (a, b) => Number(b.isPinned) - Number(a.isPinned) || b.createdAt - a.createdAt || b.id - a.id,
  );
}
