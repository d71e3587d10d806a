import sanitizeHtml from 'sanitize-html';
import { cleanText } from './plain-text';
import { FIGURE_ATTRIBUTES, transformFigure } from './embeds/sanitize-figure';

// The allow-list for article bodies, applied on the server before a body is
// stored. Anything not listed is dropped: no scripts, no event handlers, no
// styles, no javascript: or data: URLs.
const BLOCK_DIRECTION = { name: 'dir', multiple: false, values: ['auto', 'ltr', 'rtl'] };

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'strong',
    'b',
    'em',
    'i',
    'a',
    'blockquote',
    'ul',
    'ol',
    'li',
    'br',
    'figure',
    'figcaption',
    'img',
    // A gallery picture's credit (lib/embeds/markup.ts).
    'small',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    figure: FIGURE_ATTRIBUTES,
    // Each block takes its own direction: an English item in an Arabic list puts its bullet on its own side.
    li: [BLOCK_DIRECTION],
    h2: [BLOCK_DIRECTION],
    h3: [BLOCK_DIRECTION],
    blockquote: [BLOCK_DIRECTION],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  transformTags: {
    // Links leave the site without handing it the reader's session or referrer.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
    figure: transformFigure,
  },
  disallowedTagsMode: 'discard',
};

/** Run when a body is saved and again when it is shown (rows older than a rule change). */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(cleanText(html), OPTIONS).trim();
}

/**
 * The cleaned body for a feed: a feed reader has no page to resolve a
 * site-relative link or picture against (`/media/…`, `/news/…`), so those are
 * made absolute on `origin`. A second pass of the same library over HTML it has
 * already cleaned, rewriting only those two attributes.
 */
export function sanitizeArticleHtmlForFeed(html: string, origin: string): string {
  const absolute = (attribs: sanitizeHtml.Attributes, name: 'src' | 'href') => {
    const value = attribs[name];
    return value?.startsWith('/') && !value.startsWith('//') ? { ...attribs, [name]: `${origin}${value}` } : attribs;
  };
  return sanitizeHtml(sanitizeArticleHtml(html), {
    allowedTags: false,
    allowedAttributes: false,
    // Its input is the first pass's output, which has no script or style left; without this the
    // library warns, on every feed request, that "allowedTags: false" lets them through.
    allowVulnerableTags: true,
    transformTags: {
      img: (tagName, attribs) => ({ tagName, attribs: absolute(attribs, 'src') }),
      a: (tagName, attribs) => ({ tagName, attribs: absolute(attribs, 'href') }),
    },
  }).trim();
}
