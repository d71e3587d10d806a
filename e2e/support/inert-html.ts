import { Parser } from 'htmlparser2';

// What a page must not contain for stored or reflected input to be inert,
// checked on the markup the server sent (the browser check in the specs runs
// the page too). htmlparser2 is sanitize-html's own parser.

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background']);
const FORBIDDEN_TAGS = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'applet']);
// Next's own inline scripts: the flight data it streams, its bootstrap, the bundler's chunk loader.
const NEXT_INLINE_SCRIPT = /^\s*(?:\(?self\.__next_f|\$R|requestAnimationFrame|\(globalThis\["TURBOPACK"\])/;

export function inertProblems(html: string): string[] {
  const problems: string[] = [];
  let script: { attributes: Record<string, string>; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) problems.push(`<${name} ${attribute}="${value}">`);
          if (attribute === 'srcdoc') problems.push(`<${name} srcdoc>`);
          // Browsers ignore whitespace and control characters inside the scheme.
          if (
            URL_ATTRIBUTES.has(attribute) &&
            /^(?:javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''))
          )
            problems.push(`<${name} ${attribute}="${value.slice(0, 60)}">`);
        }
        if (FORBIDDEN_TAGS.has(name)) problems.push(`<${name}>`);
        if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh')
          problems.push('<meta http-equiv=refresh>');
        if (name === 'script') script = { attributes, text: '' };
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name !== 'script' || !script) return;
        const { attributes, text } = script;
        script = undefined;
        if (attributes.src !== undefined) {
          if (!attributes.src.startsWith('/_next/')) problems.push(`<script src="${attributes.src}">`);
        } else if (attributes.type === 'application/ld+json') {
          try {
            JSON.parse(text);
          } catch {
            problems.push(`JSON-LD does not parse: ${text.slice(0, 60)}`);
          }
        } else if (!NEXT_INLINE_SCRIPT.test(text)) {
          problems.push(`<script>${text.slice(0, 60)}`);
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return problems;
}
