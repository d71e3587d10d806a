'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/i18n/routing';
import { BidiText } from '@/components/ui/bidi-text';

type Story = { href: string; title: string };
type Lists = { day: Story[]; week: Story[] };
type Props = { locale: Locale; labels: { title: string; windows: string; day: string; week: string } };

const WINDOWS = ['day', 'week'] as const;

/**
 * «الأكثر قراءة»: the last 24 hours and the week. Fetched once the page is
 * shown (app/api/most-read): in the page's own HTML its links would add some
 * 15 KB to every article and to the front page (e2e/page-weight.spec.ts), and
 * the page stays the same static file for every reader. The switch between
 * the lists is a pair of radio buttons and CSS (app/globals.css): Tab reaches
 * it, the arrow keys switch.
 */
export function MostRead({ locale, labels }: Props) {
  const [lists, setLists] = useState<Lists>();
  useEffect(() => {
    fetch(`/api/most-read/${locale}`)
      .then((response) => (response.ok ? response.json() : undefined))
      .then(setLists, () => undefined);
  }, [locale]);
  if (!lists || (!lists.day.length && !lists.week.length)) return null;
  return (
    <section
      aria-labelledby="most-read-heading"
      className="most-read rounded border border-rule"
      data-testid="most-read"
    >
      <h2 id="most-read-heading" className="border-b-4 border-brand px-4 py-3 text-xl font-bold">
        {labels.title}
      </h2>
      <fieldset className="flex border-b border-rule text-sm font-bold">
        <legend className="sr-only">{labels.windows}</legend>
        {WINDOWS.map((window) => (
          <label key={window} className="most-read-tab">
            <input
              type="radio"
              name="most-read-window"
              value={window}
              id={`most-read-${window}`}
              defaultChecked={window === 'day'}
              className="sr-only"
            />
            {labels[window]}
          </label>
        ))}
      </fieldset>
      {WINDOWS.map((window) => (
        <ol key={window} aria-label={labels[window]} data-window={window} className="divide-y divide-rule">
          {lists[window].map((story, index) => (
            <li key={story.href} className="flex gap-3 px-4 py-3">
              <span aria-hidden="true" className="rank-number">
                {index + 1}
              </span>
              <a href={story.href} className="ranked-link">
                <BidiText text={story.title} />
              </a>
            </li>
          ))}
        </ol>
      ))}
    </section>
  );
}
