import { diffWords } from 'diff';
import type { RevisionContent } from '@/db/queries/revisions';
import { entryPlainText } from '@/lib/live-blog/text';
import { sanitizeArticleHtml } from '@/lib/sanitize';

export type DiffPart = { text: string; change?: 'inserted' | 'deleted' };
export type FieldDiff = { field: 'title' | 'excerpt' | 'body'; parts: DiffPart[] };

// jsdiff's own word rule counts only Latin letters as word characters and cuts Arabic words
// letter by letter; Unicode word boundaries keep «الوزير» one word.
const WORDS = new Intl.Segmenter('ar', { granularity: 'word' });

/** Word-level changes from `before` to `after`, in reading order. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after, { intlSegmenter: WORDS }).map((change) => ({
    text: change.value,
    change: change.added ? 'inserted' : change.removed ? 'deleted' : undefined,
  }));
}

/**
 * What changed in the words a reader sees between two revisions: the headline, the excerpt
 * and the text of the body as the page would print it (sanitised, tags and entities gone).
 * Unchanged fields are left out.
 */
export function revisionDiff(older: RevisionContent, newer: RevisionContent): FieldDiff[] {
  const texts = (content: RevisionContent) => ({
    title: content.title,
    excerpt: content.excerpt,
    body: entryPlainText(sanitizeArticleHtml(content.body)),
  });
  const [from, to] = [texts(older), texts(newer)];
  return (['title', 'excerpt', 'body'] as const)
    .filter((field) => from[field] !== to[field])
    .map((field) => ({ field, parts: wordDiff(from[field], to[field]) }));
}
