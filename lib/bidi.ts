// Latin words, names and URLs inside Arabic text must be isolated (<bdi>) or
// neighbouring punctuation and numbers get reordered by the bidi algorithm.
// A run starts at a Latin letter (not inside an HTML entity) and may continue
// through digits, spaces and joining punctuation while more Latin follows.
const LATIN_RUN = /(?<![&#\p{L}\d])[A-Za-z][A-Za-z0-9]*(?:[ .\-_/:@'’+]+[A-Za-z0-9]+)*/gu;

export type BidiPart = { text: string; latin: boolean };

export function splitLatinRuns(text: string): BidiPart[] {
  const parts: BidiPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), latin: false });
    parts.push({ text: match[0], latin: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), latin: false });
  return parts;
}

/** Wraps Latin runs of already-sanitised HTML's text (never its tags) in <bdi>. */
export function isolateLatinInHtml(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((chunk) => (chunk.startsWith('<') ? chunk : chunk.replace(LATIN_RUN, (run) => `<bdi>${run}</bdi>`)))
    .join('');
}
