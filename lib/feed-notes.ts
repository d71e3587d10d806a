import { fragment } from 'xmlbuilder2';
import type { Locale } from '@/i18n/routing';
import type { ReaderNote } from '@/db/queries/corrections';
import type { NoteKind } from '@/db/schema';
import { formatDateTime } from './dates';

// A story's corrections and updates travel with it in the feeds, after its
// excerpt and its body, each labelled and dated: a feed reader that already
// holds the item sees what changed, and the channel's lastBuildDate moves with
// the note (it dates the story's last change).

export type NoteLabels = Record<NoteKind, string>;

const line = (note: ReaderNote, labels: NoteLabels, locale: Locale) =>
  `${labels[note.kind]} (${formatDateTime(note.at, locale)}): `;

/** The excerpt followed by each note, as plain text (the item's description). */
export function describeWithNotes(excerpt: string, notes: ReaderNote[], labels: NoteLabels, locale: Locale) {
  return [excerpt, ...notes.map((note) => line(note, labels, locale) + note.text)].join('\n\n');
}

/** Each note as an HTML paragraph after the body (content:encoded); the text goes in escaped by xmlbuilder2. */
export function notesHtml(notes: ReaderNote[], labels: NoteLabels, locale: Locale): string {
  if (notes.length === 0) return '';
  const html = fragment();
  for (const note of notes) {
    const paragraph = html.ele('p', { class: `story-note story-note-${note.kind}` });
    paragraph.ele('strong').txt(line(note, labels, locale));
    paragraph.txt(note.text);
  }
  return html.end();
}
