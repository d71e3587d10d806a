import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { notesForEditing } from '@/db/queries/corrections';
import type { Article, User } from '@/db/schema';
import { TIME_ZONE, toNewsroomInput } from '@/lib/dates';
import { mayAnnotate, mayWriteNotes } from '@/lib/stories/corrections';
import { CorrectionNotesEditor } from '@/components/admin/correction-notes-editor';
import { removeNoteAction } from './remove-note-action';
import { saveNoteAction } from './save-note-action';

/** Whether readers see the story now; read outside rendering, as it reads the clock. */
const publicNow = (story: Article) => mayAnnotate(story, Date.now());

/** The corrections and updates part of a story's edit page, for editors and admins. */
export async function StoryNotes({ locale, user, article }: { locale: Locale; user: User; article: Article }) {
  if (!mayWriteNotes(user)) return null;
  const t = await getTranslations({ locale, namespace: 'StoryNotes' });
  const notes = notesForEditing(article.id);
  return (
    <section
      aria-labelledby="story-notes-title"
      data-testid="story-notes"
      className="mt-8 flex flex-col gap-3 rounded border border-rule p-3"
    >
      <h2 id="story-notes-title" className="font-bold">
        {t('title')}
      </h2>
      <p className="text-sm text-muted">{publicNow(article) ? t('intro') : t('notPublic')}</p>
      {(publicNow(article) || notes.length > 0) && (
        <CorrectionNotesEditor
          storyId={String(article.id)}
          notes={notes.map((note) => ({
            id: String(note.id),
            kind: note.kind,
            kindLabel: t(note.kind),
            text: note.text,
            at: toNewsroomInput(note.at, undefined, true),
            byline: note.byName ? t('by', { name: note.byName }) : '',
          }))}
          saveAction={saveNoteAction}
          removeAction={removeNoteAction}
          labels={{
            kind: t('kind'),
            correction: t('correction'),
            update: t('update'),
            text: t('text'),
            at: t('at'),
            atHint: t('atHint', { zone: TIME_ZONE }),
            add: t('add'),
            save: t('save'),
            remove: t('remove'),
            confirmRemove: t('confirmRemove'),
          }}
        />
      )}
    </section>
  );
}
