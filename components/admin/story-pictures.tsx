'use client';

import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { UploadedPicture } from '@/lib/auth/action';
import type { FocalPoint } from '@/lib/media/focal-point';
import { imageLabel } from '@/lib/media/label';
import type { LibraryImage } from './editor-gallery-picker';
import { Field, INPUT_CLASS } from './field';
import { FocalPointPicker, type FocalPointLabels } from './focal-point-picker';
import { PictureUpload, type PictureUploadLabels } from './picture-upload';
import type { FormAction } from './use-form-action';

export type LibraryPicture = UploadedPicture & { focus: FocalPoint | null };

/** What the story form needs to upload pictures and place the lead image's focal point (story-pictures-setup). */
export type StoryPictures = {
  upload: FormAction;
  focus: FormAction;
  library: LibraryPicture[];
  labels: Omit<PictureUploadLabels, 'zone'> &
    FocalPointLabels &
    Record<'leadZone' | 'bodyZone' | 'bodyButton' | 'noImage', string>;
};

const asLibraryImage = (picture: LibraryPicture): LibraryImage => ({
  src: picture.src,
  label: imageLabel(picture),
  alt: picture.alt,
  width: picture.width,
  height: picture.height,
  credit: picture.credit ?? '',
});

/**
 * The story form's picture library: the server's list plus what was uploaded since the form opened (the page is
 * not reloaded), and focal points as they are saved. Kept above the form, which remounts after a refused save.
 */
export function useStoryPictures(setup: StoryPictures) {
  const [uploaded, setUploaded] = useState<LibraryPicture[]>([]);
  const [focus, setFocus] = useState<Record<number, FocalPoint | null>>({});
  const library = [...uploaded, ...setup.library].map((picture) =>
    picture.id in focus ? { ...picture, focus: focus[picture.id] } : picture,
  );
  return {
    setup,
    library,
    add: (picture: UploadedPicture) => setUploaded((list) => [{ ...picture, focus: null }, ...list]),
    setFocus: (id: number, point: FocalPoint | null) => setFocus((points) => ({ ...points, [id]: point })),
    /** The body editor's pictures: new uploads first, then the server's list. */
    bodyImages: (server: LibraryImage[]) => [...uploaded.map(asLibraryImage), ...server],
    /** The preview's lead-image sources by id, new uploads included. */
    previewImages: (server: Record<string, string>) => ({
      ...server,
      ...Object.fromEntries(uploaded.map((picture) => [String(picture.id), picture.src])),
    }),
  };
}

type Desk = ReturnType<typeof useStoryPictures>;

type Props = {
  desk: Desk;
  label: string;
  error?: string;
  defaultValue: string;
};

/**
 * The lead-image choice: a library picture, or one uploaded here (chosen, dropped or pasted), which becomes the
 * choice and brings its caption into the caption field; then the chosen picture's focal point.
 */
export function LeadImageField({ desk, label, error, defaultValue }: Props) {
  const [value, setValue] = useState(defaultValue);
  const select = useRef<HTMLSelectElement>(null);
  const { setup } = desk;
  const chosen = desk.library.find((picture) => String(picture.id) === value);
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <Field name="leadImageId" label={label} error={error}>
        {(props) => (
          <select
            {...props}
            ref={select}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            className={INPUT_CLASS}
          >
            <option value="">{setup.labels.noImage}</option>
            {desk.library.map((picture) => (
              <option key={picture.id} value={String(picture.id)}>
                {imageLabel(picture)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <PictureUpload
        action={setup.upload}
        labels={{ ...setup.labels, zone: setup.labels.leadZone }}
        idPrefix="lead-"
        onUploaded={(picture, caption) => {
          // Rendered at once so that the change event below carries the new choice to the preview.
          flushSync(() => {
            desk.add(picture);
            setValue(String(picture.id));
          });
          const captionField = select.current?.form?.elements.namedItem('leadImageCaption');
          if (caption && captionField instanceof HTMLInputElement) captionField.value = caption;
          select.current?.dispatchEvent(new Event('change', { bubbles: true }));
        }}
      />
      {chosen && (
        <FocalPointPicker
          key={chosen.id}
          picture={chosen}
          action={setup.focus}
          labels={setup.labels}
          onSaved={(point) => desk.setFocus(chosen.id, point)}
        />
      )}
    </div>
  );
}
