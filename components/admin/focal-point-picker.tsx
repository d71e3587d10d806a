'use client';

import { useState } from 'react';
import { mediaVariants } from '@/lib/media/variants';
import { objectPosition, type FocalPoint } from '@/lib/media/focal-point';
import { SMALL_BUTTON_CLASS } from './field';
import { FormStatus } from './form-status';
import type { FormAction } from './use-form-action';
import { usePictureAction } from './use-picture-action';

export type FocalPointLabels = Record<
  'focus' | 'focusHint' | 'focusPicture' | 'focusX' | 'focusY' | 'focusSave' | 'focusClear' | 'cardPreview',
  string
>;

type Props = {
  picture: { id: number; src: string; width: number; height: number; focus: FocalPoint | null };
  action: FormAction;
  labels: FocalPointLabels;
  onSaved: (focus: FocalPoint | null) => void;
};

const CENTRE: FocalPoint = { x: 50, y: 50 };

/**
 * Where the lead image's subject is: a click or tap on the picture, or the two sliders (arrow keys), with the
 * 16:9 card previewed as readers will see it. Saved on the picture (every story using it follows), not with the
 * story, by its own button.
 */
export function FocalPointPicker({ picture, action, labels, onSaved }: Props) {
  const { state, pending, send } = usePictureAction(action);
  const [focus, setFocus] = useState<FocalPoint>(picture.focus ?? CENTRE);
  const thumbnails = mediaVariants(picture.src)?.webp;
  const save = (clear: boolean) => {
    const data = new FormData();
    data.set('mediaId', String(picture.id));
    data.set('x', String(focus.x));
    data.set('y', String(focus.y));
    if (clear) data.set('clear', '1');
    send(data, () => onSaved(clear ? null : focus));
  };
  const slider = (axis: 'x' | 'y') => (
    <label className="flex min-w-0 flex-col gap-1 text-sm font-bold">
      {labels[axis === 'x' ? 'focusX' : 'focusY']}
      {/* Left to right in either language, as the picture's own axis runs (a right-to-left slider would put 0%
          at the picture's right edge). */}
      <input
        type="range"
        dir="ltr"
        min={0}
        max={100}
        value={focus[axis]}
        aria-valuetext={`${focus[axis]}%`}
        onChange={(event) => setFocus((point) => ({ ...point, [axis]: Number(event.target.value) }))}
      />
    </label>
  );
  const image = { src: picture.src, srcSet: thumbnails, sizes: '20rem' };
  return (
    <div role="group" aria-label={labels.focus} className="flex min-w-0 flex-col gap-2 rounded border border-rule p-3">
      <p className="font-bold">{labels.focus}</p>
      <p className="text-sm text-muted">{labels.focusHint}</p>
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-3">
        {/* The picture's own axes, so left and top (not start and end): x counts from its left edge in either
            language. Pointer only; the sliders below do the same by keyboard. */}
        <div
          className="relative w-64 max-w-full cursor-crosshair"
          data-testid="focal-picture"
          title={labels.focusPicture}
          onClick={(event) => {
            const box = event.currentTarget.getBoundingClientRect();
            const percent = (offset: number, size: number) =>
              Math.min(100, Math.max(0, Math.round((offset / size) * 100)));
            setFocus({
              x: percent(event.clientX - box.left, box.width),
              y: percent(event.clientY - box.top, box.height),
            });
          }}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- an admin thumbnail from the picture's own variants */}
          <img {...image} alt="" width={picture.width} height={picture.height} className="h-auto w-full rounded" />
          <span
            aria-hidden="true"
            className="pointer-events-none absolute size-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-brand shadow"
            style={{ left: `${focus.x}%`, top: `${focus.y}%` }}
          />
        </div>
        <figure className="w-48 max-w-full">
          {/* eslint-disable-next-line @next/next/no-img-element -- the card's crop, previewed */}
          <img
            {...image}
            alt=""
            data-testid="focal-card-preview"
            className="aspect-video w-full rounded object-cover"
            style={{ objectPosition: objectPosition(focus) }}
          />
          <figcaption className="text-xs text-muted">{labels.cardPreview}</figcaption>
        </figure>
      </div>
      <div className="grid grid-cols-2 gap-3">
        {slider('x')}
        {slider('y')}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={pending} className={SMALL_BUTTON_CLASS} onClick={() => save(false)}>
          {labels.focusSave}
        </button>
        {picture.focus && (
          <button type="button" disabled={pending} className={SMALL_BUTTON_CLASS} onClick={() => save(true)}>
            {labels.focusClear}
          </button>
        )}
      </div>
    </div>
  );
}
