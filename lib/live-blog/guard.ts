import { articleForEditing } from '@/db/queries/editorial';
import { liveBlogOf, liveEntry } from '@/db/queries/live';
import type { LiveBlog, LiveEntry, User } from '@/db/schema';
import { canEditArticle } from '@/lib/stories/workflow';
import { mayAddEntry, mayChangeEntry, mayRunBlog, type LiveRefusal } from './rules';

// What each live-blog action checks first, against the stored rows (never the form's word): the story, the blog,
// the entry and the rules of ./rules.ts.

type Story = NonNullable<ReturnType<typeof articleForEditing>>['article'];
type Refused = { ok: false; refusal: LiveRefusal | 'notFound' | 'entryGone' };

export function guardBlog(articleId: number, user: User): Refused | { ok: true; story: Story; blog?: LiveBlog } {
  const story = articleForEditing(articleId)?.article;
  if (!story) return { ok: false, refusal: 'notFound' };
  const refusal = mayRunBlog(user, story);
  return refusal ? { ok: false, refusal } : { ok: true, story, blog: liveBlogOf(articleId) };
}

/** A new entry (no id) or a change to one. */
export function guardEntry(
  articleId: number,
  entryId: number | undefined,
  user: User,
): Refused | { ok: true; story: Story; entry?: LiveEntry } {
  const story = articleForEditing(articleId)?.article;
  if (!story) return { ok: false, refusal: 'notFound' };
  // Someone who may not touch the story learns nothing about its entries.
  if (!canEditArticle(user, story)) return { ok: false, refusal: 'forbidden' };
  if (entryId === undefined) {
    const refusal = mayAddEntry(user, story, liveBlogOf(articleId));
    return refusal ? { ok: false, refusal } : { ok: true, story };
  }
  const entry = liveEntry(entryId);
  if (!entry || entry.articleId !== articleId) return { ok: false, refusal: 'entryGone' };
  const refusal = mayChangeEntry(user, story, entry);
  return refusal ? { ok: false, refusal } : { ok: true, story, entry };
}
