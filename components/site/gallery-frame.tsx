'use client';

import { useRef, useState } from 'react';

type Props = {
  total: number;
  labels: { gallery: string; previous: string; next: string; of: string };
  /** The slides, rendered on the server: one <li> each. */
  children: React.ReactNode;
};

const BUTTON =
  'flex size-10 items-center justify-center rounded-full border border-rule text-xl disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-brand';

/**
 * A scroll-snapped strip (swipe works with no script at all) with buttons,
 * arrow keys and a counter. The index is where the strip comes to rest, so a
 * swipe and a key press keep the counter equally true.
 */
// The slides share the strip's scroll width equally.
const slideWidth = (strip: HTMLElement) => strip.scrollWidth / strip.children.length;

export function GalleryFrame({ total, labels, children }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const [index, setIndex] = useState(0);
  const go = (to: number) => {
    const strip = list.current;
    if (!strip) return;
    const target = Math.max(0, Math.min(total - 1, to));
    setIndex(target);
    // An absolute position, not scrollIntoView: a press while the strip still glides must not land short.
    const rtl = getComputedStyle(strip).direction === 'rtl';
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    strip.scrollTo({ left: (rtl ? -1 : 1) * target * slideWidth(strip), behavior: still ? 'auto' : 'smooth' });
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLUListElement>) => {
    // "Next" is the arrow pointing the way the text reads: left in Arabic.
    const forward = getComputedStyle(event.currentTarget).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const to = { [forward]: index + 1, [backward]: index - 1, Home: 0, End: total - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    go(to);
  };
  // Where a glide or a swipe came to rest (negative scrollLeft in a right-to-left strip).
  const onScrollEnd = (event: React.UIEvent<HTMLUListElement>) =>
    setIndex(Math.round(Math.abs(event.currentTarget.scrollLeft) / slideWidth(event.currentTarget)));
  return (
    <div role="region" aria-roledescription="carousel" aria-label={labels.gallery}>
      <ul
        ref={list}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScrollEnd={onScrollEnd}
        data-gallery-strip
        className="flex snap-x snap-mandatory overflow-x-auto rounded [scrollbar-width:none] focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-brand"
      >
        {children}
      </ul>
      <div className="mt-2 flex items-center justify-center gap-4">
        <button
          type="button"
          aria-label={labels.previous}
          disabled={index === 0}
          onClick={() => go(index - 1)}
          className={BUTTON}
        >
          <span aria-hidden className="rtl:-scale-x-100">
            ‹
          </span>
        </button>
        <p aria-live="polite" aria-atomic className="min-w-20 text-center text-sm font-bold">
          {index + 1} {labels.of} {total}
        </p>
        <button
          type="button"
          aria-label={labels.next}
          disabled={index === total - 1}
          onClick={() => go(index + 1)}
          className={BUTTON}
        >
          <span aria-hidden className="rtl:-scale-x-100">
            ›
          </span>
        </button>
      </div>
    </div>
  );
}
