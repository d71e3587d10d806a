import { normalizeArabic, queryTerms } from './arabic-search';
import { lightStem } from './arabic-stem';

export type Highlighted = { text: string; match: boolean }[];

const WORDS_AROUND = 14;
const SPLIT = /([\p{L}\p{N}\p{M}\u0640]+)/u;

function matcher(query: string) {
  const terms = queryTerms(query);
  const stems = new Set(terms.map(lightStem));
  // A word matches when its normalised form, with or without the article or a
  // conjunction, starts with a query term or shares its light stem (the search
  // found «المحادثات» for «محادثة»): the same rules the index uses.
  // Bodies repeat their words: each distinct word is judged once.
  const judged = new Map<string, boolean>();
  return (word: string) => {
    let verdict = judged.get(word);
    if (verdict === undefined) {
      const normal = normalizeArabic(word);
      const forms = [normal, ...queryTerms(word), ...(/^[وف]/.test(normal) ? queryTerms(normal.slice(1)) : [])];
      verdict = forms.some((form) => stems.has(lightStem(form)) || terms.some((term) => form.startsWith(term)));
      judged.set(word, verdict);
    }
    return verdict;
  };
}

/** Splits text into plain and matching runs, for <mark> in the page (never HTML). */
export function highlight(text: string, query: string, isMatch = matcher(query)): Highlighted {
  return text
    .split(SPLIT)
    .filter(Boolean)
    .map((part) => ({ text: part, match: SPLIT.test(part) && isMatch(part) }));
}

/** A window of the text around its first match (or its opening), highlighted. */
export function snippet(html: string, query: string): Highlighted {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const isMatch = matcher(query);
  const parts = text.split(SPLIT).filter(Boolean);
  const words = parts.flatMap((part, index) => (SPLIT.test(part) ? [index] : []));
  if (words.length === 0) return [];
  // Only up to the first match is judged here; only the window is highlighted.
  const position = Math.max(
    0,
    words.findIndex((index) => isMatch(parts[index])),
  );
  const start = words[Math.max(0, position - WORDS_AROUND / 2)];
  const end = words[Math.min(words.length - 1, position + WORDS_AROUND)];
  const window = highlight(parts.slice(start, end + 1).join(''), query, isMatch);
  if (start > 0) window.unshift({ text: '… ', match: false });
  if (end < parts.length - 1) window.push({ text: ' …', match: false });
  return window;
}
