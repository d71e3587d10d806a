import type { Highlighted } from '@/lib/search-snippet';

export function HighlightedText({ parts }: { parts: Highlighted }) {
  return parts.map((part, index) =>
    part.match ? (
      <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
