import { escapeUTF8 } from 'entities/escape';

/**
 * Text for xmlbuilder2's txt(), escaped beforehand. xmlbuilder2 escapes an "&"
 * only where it does not already begin an entity, so HTML that shows a "<" as
 * text (sanitize-html writes "&lt;") would reach a feed reader as "<", markup.
 * Escaped first, every character comes out escaped exactly once: xmlbuilder2
 * leaves the entities alone.
 */
export const xmlText = (text: string) => escapeUTF8(text);
