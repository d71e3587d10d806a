import { BidiText } from '@/components/ui/bidi-text';

type Props = { caption?: string | null; credit?: string | null; creditLabel: string };

/** A picture's caption and credit, each isolated for mixed Arabic and Latin; nothing when it has neither. */
export function PhotoCaption({ caption, credit, creditLabel }: Props) {
  if (!caption && !credit) return null;
  return (
    <figcaption className="mt-2 text-sm text-muted">
      {caption && <BidiText text={caption} />}
      {credit && (
        <span className="ms-2 text-xs">
          {creditLabel} <BidiText text={credit} />
        </span>
      )}
    </figcaption>
  );
}
