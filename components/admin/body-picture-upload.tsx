'use client';

import type { UploadedPicture } from '@/lib/auth/action';
import type { GalleryItem } from './editor-gallery';
import { PictureUpload, type PictureUploadLabels } from './picture-upload';
import type { FormAction } from './use-form-action';

export type BodyUpload = {
  action: FormAction;
  labels: PictureUploadLabels & { bodyButton: string };
  /** The story form's library learns of the new picture (the lead-image choice, the body's picker). */
  onUploaded: (picture: UploadedPicture) => void;
};

type Props = { upload: BodyUpload; incoming: File | null; onUploaded: (item: GalleryItem) => void };

/** The body's upload: the stored picture becomes a figure with its caption and the library's credit. */
export function BodyPictureUpload({ upload, incoming, onUploaded }: Props) {
  return (
    <div className="mt-2">
      <PictureUpload
        action={upload.action}
        labels={upload.labels}
        idPrefix="body-"
        incoming={incoming}
        onUploaded={(picture, caption) => {
          upload.onUploaded(picture);
          onUploaded({
            src: picture.src,
            alt: picture.alt,
            width: picture.width,
            height: picture.height,
            caption,
            credit: picture.credit ?? '',
          });
        }}
      />
    </div>
  );
}
