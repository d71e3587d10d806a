import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { EMBED_ATTRIBUTES, GALLERY_ATTRIBUTE } from './embeds/markup';
import { validEmbed, type Embed } from './embeds/parse';

// A sanitised body cut into what the article page renders as HTML and the
// blocks it renders as components (embeds, galleries, captioned pictures). Only top-level blocks
// count: one nested in a quote or a list stays HTML, its link or pictures
// showing as they are. HTML chunks are slices of the input, byte for byte, so
// a body without blocks renders exactly as before.

export type GalleryPicture = {
  src: string;
  alt: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
};

export type BodyBlock =
  | { kind: 'html'; html: string }
  | ({ kind: 'embed'; title: string } & Embed)
  | { kind: 'gallery'; pictures: GalleryPicture[] }
  /** A picture with its caption and credit (the story form's body upload), shown through the responsive picture. */
  | { kind: 'figure'; picture: GalleryPicture };

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

const isTag = (node: Node, name: string): node is Element => ElementType.isTag(node) && (node as Element).name === name;
const childTags = (element: Element, name: string) =>
  element.children.filter((child): child is Element => isTag(child, name));
const text = (nodes: Node | Node[] | undefined) =>
  nodes ? DomUtils.textContent(nodes).replace(/\s+/g, ' ').trim() : '';

function embedBlock(figure: Element): BodyBlock | null {
  const { attribs } = figure;
  const embed = validEmbed(
    attribs[EMBED_ATTRIBUTES.provider],
    attribs[EMBED_ATTRIBUTES.id],
    attribs[EMBED_ATTRIBUTES.url],
  );
  return embed && { kind: 'embed', ...embed, title: text(figure) || embed.url };
}

function picture(item: Element): GalleryPicture | null {
  const [image] = childTags(item, 'img');
  const width = Number(image?.attribs.width);
  const height = Number(image?.attribs.height);
  if (!image?.attribs.src || !(width > 0) || !(height > 0)) return null;
  const [caption] = childTags(item, 'figcaption');
  const credit = caption && childTags(caption, 'small')[0];
  const captionText = text(caption?.children.filter((child) => child !== credit));
  return {
    src: image.attribs.src,
    alt: image.attribs.alt ?? '',
    width,
    height,
    caption: captionText,
    credit: text(credit),
  };
}

function galleryBlock(figure: Element): BodyBlock | null {
  const pictures = childTags(figure, 'figure')
    .map(picture)
    .filter((found): found is GalleryPicture => found !== null);
  return pictures.length > 0 ? { kind: 'gallery', pictures } : null;
}

function blockOf(node: Node): BodyBlock | null {
  if (!isTag(node, 'figure')) return null;
  if (EMBED_ATTRIBUTES.provider in node.attribs) return embedBlock(node);
  if (GALLERY_ATTRIBUTE in node.attribs) return galleryBlock(node);
  const single = picture(node);
  return single && { kind: 'figure', picture: single };
}

/** Splits sanitised HTML (lib/sanitize.ts) into HTML chunks and embed/gallery blocks, in order. */
export function splitBody(html: string): BodyBlock[] {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const blocks: BodyBlock[] = [];
  let chunkStart: number | null = null;
  const closeChunk = (end: number) => {
    if (chunkStart === null) return;
    const chunk = html.slice(chunkStart, end);
    if (chunk.trim()) blocks.push({ kind: 'html', html: chunk });
    chunkStart = null;
  };
  for (const node of document.children) {
    const block = blockOf(node);
    if (block) {
      closeChunk(node.startIndex ?? 0);
      blocks.push(block);
    } else chunkStart ??= node.startIndex ?? 0;
  }
  closeChunk(html.length);
  return blocks;
}
