'use client';

import { useEffect, useRef, useState } from 'react';
import type { LiveEntryView, LiveState } from '@/lib/live-blog/view';

const POLL_MS = 5000;

type Labels = { keyEvents: string; pinned: string; keyEvent: string; ended: string; photoCredit: string };
type Props = { initial: LiveState; etag: string; url: string; labels: Labels };

/**
 * A live blog's entries as the page rendered them, kept current by asking the entries endpoint every few
 * seconds (with the last ETag: an unchanged blog answers 304 with no body). Polling waits while the tab is
 * hidden and stops for good once the blog has ended.
 */
export function LiveEntries({ initial, etag, url, labels }: Props) {
  const [state, setState] = useState(initial);
  const known = useRef({ etag, version: initial.version });
  useEffect(() => {
    if (state.ended) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let busy = false;
    const wait = () => {
      clearTimeout(timer);
      if (!document.hidden) timer = setTimeout(poll, POLL_MS);
    };
    async function poll() {
      if (busy) return;
      busy = true;
      try {
        const response = await fetch(url, { cache: 'no-store', headers: { 'If-None-Match': known.current.etag } });
        const next: LiveState | null = response.status === 200 ? await response.json() : null;
        // An edge may still hold an answer older than the page: never step back to it.
        if (next && next.version > known.current.version) {
          known.current = { etag: response.headers.get('ETag') ?? known.current.etag, version: next.version };
          setState(next);
          if (next.ended) return;
        }
      } catch {
        // Offline for a moment: the next round tries again.
      } finally {
        busy = false;
      }
      wait();
    }
    const onVisibility = () => (document.hidden ? clearTimeout(timer) : void poll());
    document.addEventListener('visibilitychange', onVisibility);
    wait();
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [state.ended, url]);

  const keyEvents = state.entries.filter((entry) => entry.keyEvent);
  return (
    <div className="mt-8">
      {state.ended && (
        <p role="status" className="mb-4 rounded border border-rule bg-rule/40 p-3 font-bold">
          {labels.ended}
        </p>
      )}
      {keyEvents.length > 0 && (
        <nav aria-labelledby="live-key-events" className="mb-6 rounded border border-rule p-4">
          <h2 id="live-key-events" className="mb-2 text-lg font-bold">
            {labels.keyEvents}
          </h2>
          <ol className="flex flex-col gap-2">
            {keyEvents.map((entry) => (
              <li key={entry.id}>
                <a href={`#entry-${entry.id}`} className="hover:text-brand hover:underline">
                  <time dateTime={entry.at} className="me-2 text-sm text-muted">
                    {entry.time}
                  </time>
                  <span dir="auto">{entry.headline}</span>
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <ol className="flex flex-col gap-6" data-testid="live-entries">
        {state.entries.map((entry) => (
          <li key={entry.id} id={`entry-${entry.id}`} className="scroll-mt-4">
            <Entry entry={entry} labels={labels} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function Entry({ entry, labels }: { entry: LiveEntryView; labels: Labels }) {
  return (
    <article className={`border-s-4 ps-4 ${entry.pinned ? 'border-brand' : 'border-rule'}`}>
      <header className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <time dateTime={entry.at} className="font-bold text-ink">
          {entry.time}
        </time>
        {entry.author && <span dir="auto">{entry.author}</span>}
        {entry.pinned && <span className="rounded bg-brand px-2 text-white">{labels.pinned}</span>}
        {entry.keyEvent && <span className="rounded border border-brand px-2 text-brand">{labels.keyEvent}</span>}
      </header>
      {/* Sanitised and bidi-isolated on the server (lib/live-blog/view.ts). */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: entry.html }} />
      {entry.image && (
        <figure className="mt-3">
          <picture>
            {entry.image.avif && (
              <source type="image/avif" srcSet={entry.image.avif} sizes="(min-width: 1024px) 720px, 100vw" />
            )}
            {/* The upload's own variants (or the demo file), as ResponsiveImage serves them; no optimiser round trip. */}
            <img
              src={entry.image.src}
              srcSet={entry.image.webp}
              sizes="(min-width: 1024px) 720px, 100vw"
              alt={entry.image.alt}
              width={entry.image.width}
              height={entry.image.height}
              loading="lazy"
              decoding="async"
              className="h-auto w-full rounded"
            />
          </picture>
          {(entry.caption || entry.credit) && (
            <figcaption className="mt-1 text-sm text-muted">
              {entry.caption && <span dir="auto">{entry.caption}</span>}
              {entry.credit && (
                <span className="ms-2 text-xs">
                  {labels.photoCredit} <span dir="auto">{entry.credit}</span>
                </span>
              )}
            </figcaption>
          )}
        </figure>
      )}
    </article>
  );
}
