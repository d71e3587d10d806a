import type { NoteKind } from '@/db/schema';
import type { Role } from '@/db/schema/staff';
import { can } from '@/lib/auth/permissions';
import { isoDate, parseNewsroomTime, TIME_ZONE } from '@/lib/dates';
import { isPublic } from './workflow';

// Corrections and updates: dated notes an editor attaches to a published
// story. A correction says the story got something wrong; it stays public once
// made (its wording may be fixed, it is never taken down), as newsrooms'
// corrections policies ask. An update adds news and may be taken down again.

/**
 * Editors and admins write notes: a correction speaks for the paper. A writer
 * who finds an error tells an editor (no proposal queue: one more state for a
 * rare event).
 */
export const mayWriteNotes = (user: { role: Role }) => can(user.role, 'article.editAny');

/** Notes belong on stories readers can see; a draft is simply corrected. */
export const mayAnnotate = (story: Parameters<typeof isPublic>[0], now: number) => isPublic(story, now);

export const mayRemoveNote = (note: { kind: NoteKind }) => note.kind === 'update';

export type NoteRefusal = { field: 'at'; error: 'badDate' | 'futureNote' };

/** The note's date: as typed in newsroom time, or now when left empty; never ahead of now. */
export function noteTime(typed: string, now: number, timeZone = TIME_ZONE): number | NoteRefusal {
  if (!typed) return now;
  const at = parseNewsroomTime(typed, timeZone);
  if (at === undefined) return { field: 'at', error: 'badDate' };
  return at > now ? { field: 'at', error: 'futureNote' } : at;
}

/** The story's `correction` property (schema.org CorrectionComment), oldest first; none without corrections. */
export function correctionJsonLd(notes: { kind: NoteKind; text: string; at: number }[]) {
  const corrections = notes
    .filter((note) => note.kind === 'correction')
    .sort((a, b) => a.at - b.at)
    .map((note) => ({ '@type': 'CorrectionComment', text: note.text, datePublished: isoDate(note.at) }));
  return corrections.length ? { correction: corrections } : {};
}
