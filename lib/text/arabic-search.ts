// One normalisation for Arabic search, used when indexing and when querying, so
// a reader finds a story however either side spelled it. The rules, in order:
//
//  1. Unicode NFKC (presentation forms ﻻ → لا, full-width Latin → Latin), then lower-case Latin.
//  2. Strip diacritics (tashkeel: fatha … sukun, shadda, superscript alef, Quranic marks) and tatweel ـ.
//  3. Alef forms أ إ آ ٱ → ا.
//  4. Taa marbuta ة → ه (end-of-word spelling varies: «قمة» / «قمه»).
//  5. Alef maqsura ى → ي («مستشفى» / «مستشفي»).
//  6. Hamza carriers ؤ → و, ئ → ي; a lone hamza ء is dropped («مسؤول» / «مسئول» / «مسوول»).
//  7. Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9.
//  8. Words are runs of letters and digits; everything else separates them.
//  9. Prefixes: the article ال and its combinations وال بال كال فال لل are removed
//     when at least two letters remain («والصين», «بالصين», «الصين» → «صين»).
//     The conjunctions و ف and the prepositions ب ل ك are too common to ignore
//     and too often part of a word to always remove («وزير», «بلد», «كتاب»), so a
//     word starting with them is indexed both as written and without them, the
//     conjunction first («ولروسيا» → «لروسيا», «روسيا»), when at least three
//     letters remain; a query keeps the word as typed.
// 10. A foreign name's other spellings are read as its first one («جوجل» → «غوغل»,
//     «أميركا» → «امريكا»): lib/text/name-variants.ts holds the table.
// 11. Each indexed word is also indexed under its light stem, in a column of its own
//     that ranks below the words as written («محطات» and «محطة» → «محط»; «وزراء» →
//     «وزير»): lib/text/arabic-stem.ts holds the rules.
import { lightStem } from './arabic-stem';
import { canonicalSpelling } from './name-variants';

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
const WORD = /[\p{L}\p{N}]+/gu;
const DEFINITE_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
const MIN_STEM = 2;

export function normalizeArabic(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(DIACRITICS, '')
    .replace(ALEF_FORMS, 'ا')
    .replace(/\u0629/g, 'ه')
    .replace(/\u0649/g, 'ي')
    .replace(/\u0624/g, 'و')
    .replace(/\u0626/g, 'ي')
    .replace(/\u0621/g, '')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}

function stripDefiniteArticle(word: string): string {
  for (const prefix of DEFINITE_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM) return word.slice(prefix.length);
  }
  return word;
}

/** The search terms of a reader's query: normalised words without the definite article. */
export function queryTerms(query: string): string[] {
  const words = normalizeArabic(query).match(WORD) ?? [];
  return [...new Set(words.map((word) => canonicalSpelling(stripDefiniteArticle(word))))];
}

// Indexing runs inside SQLite (db/client.ts registers the functions) on every
// story write and on every story when the index is refilled, and news text
// repeats itself: a 5 KB story has ~1,700 words, a whole archive only tens of
// thousands of distinct ones. So what a space-separated piece of text
// contributes, and a term's stem, are remembered per process. Every rule above
// works within a piece (each replacement is per character; NFKC composes and
// lower-casing reads context only up to a space), so a piece's terms do not
// depend on its neighbours. The maps are emptied when they reach MEMO_LIMIT,
// which bounds memory on any input; a flood of unique words only costs the work
// the memo would have saved.
const MEMO_LIMIT = 100_000;
const MEMO_KEY_LENGTH = 64;
const termsOfPiece = new Map<string, readonly string[]>();
const stemOfTerm = new Map<string, string>();

function remembered<T>(memo: Map<string, T>, key: string, compute: (key: string) => T): T {
  if (key.length > MEMO_KEY_LENGTH) return compute(key);
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = compute(key);
    memo.set(key, value);
  }
  return value;
}

function wordTerms(word: string): string[] {
  const stem = stripDefiniteArticle(word);
  const terms = stem === word ? [stem, ...withoutLeadingParticles(word)] : [stem];
  return terms.map(canonicalSpelling);
}

const pieceTerms = (piece: string) => (normalizeArabic(piece).match(WORD) ?? []).flatMap(wordTerms);

/** The tokens an indexed text contributes: each word, plus its forms without a leading و/ف and ب/ل/ك. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const piece of text.split(' ')) terms.push(...remembered(termsOfPiece, piece, pieceTerms));
  return terms;
}

/** «ولروسيا» → «لروسيا», «روسيا»; «وبالصين» → «صين» (the article ends the prefixes). */
function withoutLeadingParticles(word: string): string[] {
  const forms: string[] = [];
  let rest = word;
  for (const particles of [CONJUNCTIONS, PREPOSITIONS]) {
    if (!particles.includes(rest[0]) || rest.length - 1 <= MIN_STEM) continue;
    const shorter = stripDefiniteArticle(rest.slice(1));
    forms.push(shorter);
    if (shorter.length < rest.length - 1) break;
    rest = shorter;
  }
  return forms;
}

const plainText = (htmlOrText: string) => htmlOrText.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');

/** What goes into the full-text index for a field (HTML tags and entities removed). */
export function searchableText(htmlOrText: string): string {
  return indexTerms(plainText(htmlOrText)).join(' ');
}

/** What goes into the index's `stems` column for a story's text: the light stem of each indexed word (rule 11). */
export function searchableStems(htmlOrText: string): string {
  return indexTerms(plainText(htmlOrText))
    .map((term) => remembered(stemOfTerm, term, lightStem))
    .join(' ');
}
