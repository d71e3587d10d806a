import type { Highlighted } from '@/lib/text/search-snippet';
import { BidiText } from '@/components/ui/bidi-text';

/** Search text with its matches marked and, like every title, its Latin runs isolated. */
export function HighlightedText({ parts }: { parts: Highlighted }) {
  return parts.map((part, index) =>
    part.match ? (
      <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700">
        <BidiText text={part.text} />
      </mark>
    ) : (
      <BidiText key={index} text={part.text} />
    ),
  );
}
