import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ReaderNote } from '@/db/queries/corrections';
import { formatDateTime, isoDate } from '@/lib/dates';
import { BidiText } from '@/components/ui/bidi-text';

/**
 * A story's corrections and updates, under its headline: a reader who comes
 * back, or arrives from a link shared before, learns first what changed.
 * Corrections in a ruled box of their own; updates below, lighter.
 */
export async function CorrectionNotes({ locale, notes }: { locale: Locale; notes: ReaderNote[] }) {
  if (notes.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Corrections' });
  const corrections = notes.filter((note) => note.kind === 'correction');
  const updates = notes.filter((note) => note.kind === 'update');
  const list = (items: ReaderNote[]) => (
    <ul className="mt-2 flex flex-col gap-2">
      {items.map((note) => (
        <li key={note.id}>
          <time dateTime={isoDate(note.at)} className="font-bold">
            {formatDateTime(note.at, locale)}
          </time>
          {': '}
          <BidiText text={note.text} />
        </li>
      ))}
    </ul>
  );
  return (
    <div className="mt-4 flex flex-col gap-3">
      {corrections.length > 0 && (
        <aside
          aria-labelledby="corrections-heading"
          data-testid="story-corrections"
          className="rounded border-s-4 border-brand bg-brand/5 p-3"
        >
          <h2 id="corrections-heading" className="font-bold text-brand">
            {t('boxTitle', { count: corrections.length })}
          </h2>
          {list(corrections)}
        </aside>
      )}
      {updates.length > 0 && (
        <aside aria-labelledby="updates-heading" data-testid="story-updates" className="border-s-4 border-rule p-3">
          <h2 id="updates-heading" className="font-bold">
            {t('updatesTitle', { count: updates.length })}
          </h2>
          {list(updates)}
        </aside>
      )}
    </div>
  );
}
