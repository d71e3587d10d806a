import { Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { GALLERY_ATTRIBUTE } from '@/lib/embeds/markup';
import { nodeAttributes } from './editor-embed';

export type GalleryItem = { src: string; alt: string; width: number; height: number; caption: string; credit: string };

/** A picture figure's parts (also a body picture's: editor-figure.ts). */
export function itemFrom(figure: Element): GalleryItem | null {
  const image = figure.querySelector('img');
  const credit = figure.querySelector('figcaption small');
  const caption = figure.querySelector('figcaption');
  const captionText = [...(caption?.childNodes ?? [])]
    .filter((child) => child !== credit)
    .map((child) => child.textContent)
    .join('')
    .trim();
  const width = Number(image?.getAttribute('width'));
  const height = Number(image?.getAttribute('height'));
  if (!image?.getAttribute('src') || !(width > 0) || !(height > 0)) return null;
  return {
    src: image.getAttribute('src')!,
    alt: image.getAttribute('alt') ?? '',
    width,
    height,
    caption: captionText,
    credit: credit?.textContent?.trim() ?? '',
  };
}

export const itemSpec = (item: GalleryItem): DOMOutputSpec => {
  const caption = [item.caption, ...(item.credit ? [' ', ['small', {}, item.credit]] : [])].filter(Boolean);
  return [
    'figure',
    {},
    ['img', { src: item.src, alt: item.alt, width: String(item.width), height: String(item.height) }],
    ...(caption.length > 0 ? [['figcaption', {}, ...caption]] : []),
  ] as DOMOutputSpec;
};

/** A gallery block: pictures from the media library, each with its description, caption and credit. */
export const GalleryNode = Node.create({
  name: 'gallery',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => nodeAttributes(['items'], []),
  parseHTML: () => [
    {
      tag: `figure[${GALLERY_ATTRIBUTE}]`,
      getAttrs: (element) => {
        const items = [...element.children]
          .filter((child) => child.tagName === 'FIGURE')
          .map(itemFrom)
          .filter((item): item is GalleryItem => item !== null);
        return items.length > 0 ? { items } : false;
      },
    },
  ],
  renderHTML: ({ node }) =>
    ['figure', { [GALLERY_ATTRIBUTE]: '' }, ...(node.attrs.items as GalleryItem[]).map(itemSpec)] as DOMOutputSpec,
});
