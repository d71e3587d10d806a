'use server';

import { getTranslations } from 'next-intl/server';
import { deleteNote, storyNotesOf } from '@/db/queries/corrections';
import { writeAudit } from '@/db/queries/staff';
import { staffAction } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { isoDate } from '@/lib/dates';
import { mayRemoveNote, mayWriteNotes } from '@/lib/stories/corrections';
import { editableStory } from '@/lib/stories/load';
import { removeNoteSchema } from './note-schema';

/** Takes an update off a story; corrections stay. The audit log keeps what the update said. */
export const removeNoteAction = staffAction('article.editAny', removeNoteSchema, async ({ id, noteId }, user) => {
  const t = await getTranslations('AdminErrors');
  const found = editableStory(id, user);
  if (typeof found === 'string') return { status: 'error', message: t(found) };
  if (!mayWriteNotes(user)) return { status: 'error', message: t('forbidden') };
  const note = storyNotesOf(id).find((candidate) => candidate.id === noteId);
  if (!note) return { status: 'error', message: t('noteNotFound') };
  if (!mayRemoveNote(note)) return { status: 'error', message: t('keepCorrection') };
  deleteNote(id, noteId);
  writeAudit(user.id, 'remove-note', `article:${id}`, {
    noteId,
    kind: note.kind,
    text: note.text,
    at: isoDate(note.at),
  });
  await invalidate({ kind: 'note', id });
  return { status: 'success', message: (await getTranslations('StoryNotes'))('removed') };
});
