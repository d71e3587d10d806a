import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { awaitingReviewCount, openReviewNotes, type ReviewNoteRow } from '@/db/queries/review';
import type { ArticleStatus, User } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/dates';
import { reviewState } from '@/lib/stories/review';
import { ReturnedNote } from '@/components/admin/returned-note';

/** The open review notes of the listed stories that are back with their writers. */
export function returnedNotes(rows: { id: number; status: ArticleStatus }[]) {
  const open = openReviewNotes(rows.map((row) => row.id));
  return new Map(
    [...open].filter(([id]) => {
      const row = rows.find((candidate) => candidate.id === id)!;
      return reviewState(row, true) === 'returned';
    }),
  );
}

/** For editors: how many stories wait for review, as a link to the list filtered to them. */
export async function ReviewQueue({ locale, user }: { locale: Locale; user: User }) {
  if (!can(user.role, 'article.sendBack')) return null;
  const t = await getTranslations({ locale, namespace: 'Review' });
  const count = awaitingReviewCount();
  return (
    <p className="mb-2">
      <Link
        href={{ pathname: '/admin', query: { status: 'review' } }}
        className="inline-block rounded border border-brand px-3 py-1 text-sm font-bold text-brand"
        data-testid="review-queue"
      >
        {t('queue', { count, n: String(count) })}
      </Link>
    </p>
  );
}

/** Under a listed story's headline: the note it was sent back with, while it is back with its writer. */
export async function ReturnedRow({
  locale,
  row,
  notes,
}: {
  locale: Locale;
  row: { id: number };
  notes: Map<number, ReviewNoteRow>;
}) {
  const note = notes.get(row.id);
  if (!note) return null;
  const t = await getTranslations({ locale, namespace: 'Review' });
  return (
    <div className="mt-1 border-s-4 border-brand ps-2 font-normal">
      <span className="text-xs font-bold text-brand">{t('returnedBadge')}</span>
      <ReturnedNote
        heading={t('listNote', { who: note.sentByName ?? t('someone'), when: formatDateTime(note.sentAt, locale) })}
        text={note.text}
      />
    </div>
  );
}
