'use server';

import { getTranslations } from 'next-intl/server';
import { writeNote } from '@/db/queries/corrections';
import { writeAudit } from '@/db/queries/staff';
import { staffAction, type ActionState } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { isoDate } from '@/lib/dates';
import { mayAnnotate, mayWriteNotes, noteTime } from '@/lib/stories/corrections';
import { editableStory } from '@/lib/stories/load';
import { saveNoteSchema } from './note-schema';

/** Adds a correction or update to a published story, or rewrites one; the story's page, feeds and «تصحيحات» follow. */
export const saveNoteAction = staffAction('article.editAny', saveNoteSchema, async (input, user, values) => {
  const t = await getTranslations('AdminErrors');
  const refuse = (fieldErrors?: Record<string, string>, message = t('checkFields')): ActionState => ({
    status: 'error',
    message,
    fieldErrors,
    values,
  });
  const found = editableStory(input.id, user);
  if (typeof found === 'string') return refuse(undefined, t(found));
  if (!mayWriteNotes(user)) return refuse(undefined, t('forbidden'));
  const now = Date.now();
  if (!mayAnnotate(found.article, now)) return refuse(undefined, t('noteNotPublic'));
  const at = noteTime(input.at, now);
  if (typeof at !== 'number') return refuse({ [at.field]: t(at.error) });
  const note = { kind: input.kind, text: input.text, at };
  const noteId = writeNote(input.id, note, user.id, input.noteId);
  if (noteId === undefined) return refuse(undefined, t('noteNotFound'));
  writeAudit(user.id, input.noteId ? 'edit-note' : 'add-note', `article:${input.id}`, {
    noteId,
    ...note,
    at: isoDate(at),
  });
  await invalidate({ kind: 'note', id: input.id });
  return { status: 'success', message: (await getTranslations('StoryNotes'))(input.noteId ? 'saved' : 'added') };
});
