import { splitLatinRuns } from '@/lib/bidi';

/** Plain text with its Latin runs isolated, for Arabic titles and captions. */
export function BidiText({ text }: { text: string }) {
  return splitLatinRuns(text).map((part, index) => (part.latin ? <bdi key={index}>{part.text}</bdi> : part.text));
}
