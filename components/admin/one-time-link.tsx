'use client';

import { CopyLinkButton } from '@/components/site/copy-link-button';
import { INPUT_CLASS } from './field';

export type OneTimeLinkLabels = { intro: string; label: string; copy: string; copied: string };

/** A set-password link shown to the admin once: it exists only in this response, never in the database. */
export function OneTimeLink({ url, labels }: { url: string; labels: OneTimeLinkLabels }) {
  return (
    <div className="space-y-2 rounded border border-green-700 p-3" data-testid="one-time-link">
      <p className="text-sm">{labels.intro}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          value={url}
          dir="ltr"
          aria-label={labels.label}
          className={`${INPUT_CLASS} min-w-0 flex-1 font-mono text-sm`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyLinkButton url={url} label={labels.copy} doneLabel={labels.copied} />
      </div>
    </div>
  );
}
