import { Parser } from 'htmlparser2';

const BLOCKS = new Set(['p', 'h2', 'h3', 'li', 'blockquote', 'figcaption', 'br']);

/** An entry's sanitised body as plain text (entities decoded, blocks apart), for JSON-LD and headlines. */
export function entryPlainText(html: string): string {
  let text = '';
  const parser = new Parser({
    ontext: (chunk) => (text += chunk),
    onclosetag: (name) => BLOCKS.has(name) && (text += ' '),
  });
  parser.write(html);
  parser.end();
  return text.replace(/\s+/g, ' ').trim();
}

// Google truncates a headline past 110 characters; an entry has no title of its own, so its opening words stand in.
const HEADLINE_MAX = 110;

export function entryHeadline(html: string): string {
  const text = entryPlainText(html);
  if (text.length <= HEADLINE_MAX) return text;
  const cut = text.slice(0, HEADLINE_MAX - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > HEADLINE_MAX / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
