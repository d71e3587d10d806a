import { and, eq } from 'drizzle-orm';
import { db } from '..';
import { articleAutosaves } from '../schema';

/** Story forms are keyed by story id; a story not yet saved is 0. */
export const NEW_STORY = 0;

export function storeAutosave(userId: number, articleId: number, fields: Record<string, string>, now: number) {
  const row = { userId, articleId, savedAt: now, fields: JSON.stringify(fields) };
  db.insert(articleAutosaves)
    .values(row)
    .onConflictDoUpdate({
      target: [articleAutosaves.userId, articleAutosaves.articleId],
      set: { savedAt: now, fields: row.fields },
    })
    .run();
}

export function autosaveOf(userId: number, articleId: number) {
  const row = db
    .select()
    .from(articleAutosaves)
    .where(and(eq(articleAutosaves.userId, userId), eq(articleAutosaves.articleId, articleId)))
    .get();
  return row && { savedAt: row.savedAt, fields: JSON.parse(row.fields) as Record<string, string> };
}

export function dropAutosave(userId: number, articleId: number) {
  db.delete(articleAutosaves)
    .where(and(eq(articleAutosaves.userId, userId), eq(articleAutosaves.articleId, articleId)))
    .run();
}
