// Writes app/_fonts/naskh-arabic-{400,700}.woff2 (run once; the output is committed):
// @fontsource's Arabic files cover Persian, Urdu, Quranic marks and every
// presentation form, 53 KB a weight. A news page needs the Arabic letters,
// diacritics, Arabic punctuation and digits, and the few extra letters the press
// uses for foreign names (پ چ ڤ گ, and ک ی from pasted Persian text); hb-subset
// keeps every contextual form and ligature those characters can take.
// Characters outside the subset fall through to the fallback face.
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, offset) => String.fromCodePoint(from + offset));

const CHARACTERS = [
  ...range(0x0600, 0x065f), // letters, diacritics, Arabic comma, semicolon, question mark
  ...range(0x0660, 0x066d), // Arabic-Indic digits, decimal and thousands separators
  '\u0670', // superscript alef
  '\u067e\u0686\u06a4\u06af\u06a9\u06cc', // پ چ ڤ گ ک ی
  '\u200c\u200d\u200e\u200f', // joiners and direction marks
  '«»',
].join('');

const source = (weight: number) =>
  path.resolve(`node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`);

for (const weight of [400, 700]) {
  const subset = await subsetFont(fs.readFileSync(source(weight)), CHARACTERS, { targetFormat: 'woff2' });
  const file = `app/_fonts/naskh-arabic-${weight}.woff2`;
  fs.writeFileSync(file, subset);
  console.log(`${file}: ${subset.length} bytes`);
}
