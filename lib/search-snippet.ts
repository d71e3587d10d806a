import { normalizeArabic, queryTerms } from './arabic-search';

export type Highlighted = { text: string; match: boolean }[];

const WORDS_AROUND = 14;
const SPLIT = /([\p{L}\p{N}\p{M}\u0640]+)/u;

function matcher(query: string) {
  const terms = queryTerms(query);
  // A word matches when its normalised form, with or without the article or a
  // conjunction, starts with a query term: the same rule the index uses.
  return (word: string) => {
    const normal = normalizeArabic(word);
    const forms = [normal, ...queryTerms(word), ...(/^[وف]/.test(normal) ? queryTerms(normal.slice(1)) : [])];
    return terms.some((term) => forms.some((form) => form.startsWith(term)));
  };
}

/** Splits text into plain and matching runs, for <mark> in the page (never HTML). */
export function highlight(text: string, query: string): Highlighted {
  const isMatch = matcher(query);
  return text.split(SPLIT).filter(Boolean).map((part) => ({ text: part, match: SPLIT.test(part) && isMatch(part) }));
}

/** A window of the text around its first match (or its opening), highlighted. */
export function snippet(html: string, query: string): Highlighted {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
  const parts = highlight(text, query);
  const words = parts.map((part, index) => ({ part, index })).filter(({ part }) => SPLIT.test(part.text));
  const first = words.find(({ part }) => part.match) ?? words[0];
  if (!first) return [];
  const position = words.indexOf(first);
  const start = words[Math.max(0, position - WORDS_AROUND / 2)].index;
  const end = words[Math.min(words.length - 1, position + WORDS_AROUND)].index;
  const window = parts.slice(start, end + 1);
  if (start > 0) window.unshift({ text: '… ', match: false });
  if (end < parts.length - 1) window.push({ text: ' …', match: false });
  return window;
}
