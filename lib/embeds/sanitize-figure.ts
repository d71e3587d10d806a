import type sanitizeHtml from 'sanitize-html';
import { EMBED_ATTRIBUTES, GALLERY_ATTRIBUTE } from './markup';
import { validEmbed } from './parse';

/**
 * sanitize-html's transform for <figure>: an embed keeps its attributes only
 * when its provider and id re-validate through the parser (with the URL
 * rebuilt from them); a claimed embed that does not becomes a paragraph, so
 * what is left of it is its plain link. A gallery keeps its bare marker; every
 * other attribute of a figure goes.
 */
export const transformFigure: sanitizeHtml.Transformer = (_tagName, attribs): sanitizeHtml.Tag => {
  if (EMBED_ATTRIBUTES.provider in attribs) {
    const embed = validEmbed(
      attribs[EMBED_ATTRIBUTES.provider],
      attribs[EMBED_ATTRIBUTES.id],
      attribs[EMBED_ATTRIBUTES.url],
    );
    if (!embed) return { tagName: 'p', attribs: {} };
    return {
      tagName: 'figure',
      attribs: {
        [EMBED_ATTRIBUTES.provider]: embed.provider,
        [EMBED_ATTRIBUTES.id]: embed.id,
        [EMBED_ATTRIBUTES.url]: embed.url,
      },
    };
  }
  return { tagName: 'figure', attribs: GALLERY_ATTRIBUTE in attribs ? { [GALLERY_ATTRIBUTE]: '' } : {} };
};

export const FIGURE_ATTRIBUTES = [...Object.values(EMBED_ATTRIBUTES), GALLERY_ATTRIBUTE];
