import type { GalleryPicture } from '@/lib/body-blocks';
import { ResponsiveImage } from './responsive-image';
import { GalleryFrame } from './gallery-frame';
import { PhotoCaption } from './photo-caption';

type Labels = React.ComponentProps<typeof GalleryFrame>['labels'] & { credit: string };

/** A photo set inside a story: every picture with its own description, caption and credit, loaded lazily. */
export function GalleryBlock({ pictures, labels }: { pictures: GalleryPicture[]; labels: Labels }) {
  const total = pictures.length;
  return (
    <figure className="my-8">
      <GalleryFrame total={total} labels={labels}>
        {pictures.map((picture, index) => (
          <li
            key={index}
            aria-roledescription="slide"
            aria-label={`${index + 1} ${labels.of} ${total}`}
            className="w-full shrink-0 snap-start"
          >
            <figure>
              <ResponsiveImage
                image={picture}
                sizes="(min-width: 1024px) 760px, 100vw"
                className="aspect-video h-auto w-full rounded bg-ink object-contain"
              />
              <PhotoCaption caption={picture.caption} credit={picture.credit} creditLabel={labels.credit} />
            </figure>
          </li>
        ))}
      </GalleryFrame>
    </figure>
  );
}
