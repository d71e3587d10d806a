// Arabic readers average around 180 words a minute on screen, slower than
// English (~230) because of denser script and fewer short function words.
const WORDS_PER_MINUTE = { ar: 180, en: 230 } as const;

export function countWords(html: string): number {
  const text = html.replace(/<[^>]*>/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, never less than one. */
export function readingMinutes(html: string, language: keyof typeof WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(html) / WORDS_PER_MINUTE[language]));
}
