'use client';

import { useState } from 'react';
import type { GalleryItem } from './editor-gallery';

/** A picture of the media library as the body editor offers it. */
export type LibraryImage = { src: string; label: string; alt: string; width: number; height: number; credit: string };

export type GalleryLabels = Record<
  'gallery' | 'galleryPick' | 'galleryAlt' | 'galleryCaption' | 'insertGallery',
  string
>;

const FIELD = 'w-full rounded border border-rule bg-paper px-2 py-1';

// Enter in these fields would send the story form they sit in.
const keepEnter = (event: React.KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault();
};

/**
 * Picks several library pictures, in the order ticked, each with its own
 * description (prefilled from the library) and caption; the credit is the
 * library's. Two pictures at least, each described, make a gallery.
 */
export function GalleryPicker({
  images,
  labels,
  onInsert,
}: {
  images: LibraryImage[];
  labels: GalleryLabels;
  onInsert: (items: GalleryItem[]) => void;
}) {
  const [chosen, setChosen] = useState<GalleryItem[]>([]);
  const toggle = (image: LibraryImage) =>
    setChosen((current) =>
      current.some((item) => item.src === image.src)
        ? current.filter((item) => item.src !== image.src)
        : [...current, { ...image, caption: '' }],
    );
  const edit = (src: string, change: Partial<GalleryItem>) =>
    setChosen((current) => current.map((item) => (item.src === src ? { ...item, ...change } : item)));
  const ready = chosen.length >= 2 && chosen.every((item) => item.alt.trim());
  return (
    <details className="mt-2 rounded border border-rule p-2 text-sm">
      <summary className="cursor-pointer font-bold">{labels.gallery}</summary>
      <fieldset className="mt-2">
        <legend className="mb-1">{labels.galleryPick}</legend>
        <ul className="flex max-h-80 flex-col gap-2 overflow-y-auto">
          {images.map((image) => {
            const item = chosen.find((candidate) => candidate.src === image.src);
            return (
              <li key={image.src} className="flex flex-col gap-1">
                <label className="flex items-center gap-2">
                  <input type="checkbox" checked={Boolean(item)} onChange={() => toggle(image)} />
                  {image.label}
                </label>
                {item && (
                  <div className="grid gap-1 ps-6 sm:grid-cols-2">
                    <input
                      aria-label={`${labels.galleryAlt}: ${image.label}`}
                      placeholder={labels.galleryAlt}
                      value={item.alt}
                      required
                      dir="auto"
                      onKeyDown={keepEnter}
                      onChange={(event) => edit(image.src, { alt: event.target.value })}
                      className={FIELD}
                    />
                    <input
                      aria-label={`${labels.galleryCaption}: ${image.label}`}
                      placeholder={labels.galleryCaption}
                      value={item.caption}
                      dir="auto"
                      onKeyDown={keepEnter}
                      onChange={(event) => edit(image.src, { caption: event.target.value })}
                      className={FIELD}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <button
        type="button"
        disabled={!ready}
        onClick={() => {
          onInsert(chosen.map((item) => ({ ...item, alt: item.alt.trim(), caption: item.caption.trim() })));
          setChosen([]);
        }}
        className="mt-2 rounded border border-rule px-2 py-1 disabled:opacity-50"
      >
        {labels.insertGallery}
      </button>
    </details>
  );
}
