import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { reviewNotesOf } from '@/db/queries/review';
import type { Article, User } from '@/db/schema';
import { formatDateTime } from '@/lib/dates';
import { maySendBack, reviewState } from '@/lib/stories/review';
import { ReturnedNote } from '@/components/admin/returned-note';
import { SendBackForm } from '@/components/admin/send-back-form';
import { sendBackAction } from './send-back-action';

/**
 * The review part of a story's edit page: the open note of an editor who sent
 * it back (who, when, the text) until it is resubmitted, earlier rounds folded
 * away, and for editors the form that sends a story in review back.
 */
export async function StoryReview({ locale, user, article }: { locale: Locale; user: User; article: Article }) {
  const notes = reviewNotesOf(article.id);
  const open = notes.find((note) => note.closedAt === null);
  const state = reviewState(article, Boolean(open));
  const sendBack = maySendBack(user, article);
  const earlier = notes.filter((note) => note !== open);
  if (state === 'none' && !sendBack && earlier.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Review' });
  const when = (at: number) => formatDateTime(at, locale);
  return (
    <section
      aria-labelledby="review-title"
      data-testid="review-panel"
      className={`mb-6 flex flex-col gap-3 rounded border p-3 ${state === 'returned' ? 'border-brand' : 'border-rule'}`}
    >
      <h2 id="review-title" className="font-bold">
        {t('title')}
      </h2>
      {state === 'awaiting' && <p className="text-muted">{t('awaiting')}</p>}
      {state === 'returned' && open && (
        <>
          <ReturnedNote
            heading={t('returned', { who: open.sentByName ?? t('someone'), when: when(open.sentAt) })}
            text={open.text}
          />
          <p className="text-sm text-muted">{t('returnedHint')}</p>
        </>
      )}
      {sendBack && (
        <SendBackForm
          action={sendBackAction}
          storyId={String(article.id)}
          labels={{ note: t('note'), noteHint: t('noteHint'), sendBack: t('sendBack') }}
        />
      )}
      {earlier.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-bold">{t('history', { n: String(earlier.length) })}</summary>
          <ul className="mt-2 flex flex-col gap-2">
            {earlier.map((note) => (
              <li key={note.id}>
                <ReturnedNote
                  heading={`${t('listNote', { who: note.sentByName ?? t('someone'), when: when(note.sentAt) })} (${t('closed', { when: when(note.closedAt ?? note.sentAt) })})`}
                  text={note.text}
                />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
