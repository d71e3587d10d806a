import { z } from 'zod';

// Characters no stored text should carry, whoever typed or forged it:
// - C0/C1 controls except tab and line breaks: NUL cuts strings short in C tools
//   and, like the others, makes a feed or sitemap ill-formed XML;
// - the bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069): an
//   unclosed one reorders whatever the page prints after the field (the "RLO"
//   trick that makes "exe.txt" read "txt.exe"); pages isolate fields themselves
//   with <bdi> and dir="auto";
// - lone surrogates and the noncharacters U+FFFE/U+FFFF, which XML forbids.
// Bidi marks (LRM, RLM, ALM) and joiners (ZWJ, ZWNJ) stay: Arabic and Persian
// typesetting needs them.
const UNWANTED =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.replace(UNWANTED, '');
}

/** A form's text field: cleaned, then trimmed (so a title of only control characters is empty). */
export const plainText = () => z.string().overwrite(cleanText).trim();
