import { Node } from '@tiptap/core';
import { EMBED_ATTRIBUTES, GALLERY_ATTRIBUTE } from '@/lib/embeds/markup';
import { nodeAttributes } from './editor-embed';
import { itemFrom, itemSpec, type GalleryItem } from './editor-gallery';

/**
 * A picture in the body with its caption and credit, written as one gallery picture is
 * (`<figure><img …><figcaption>caption <small>credit</small></figcaption></figure>`), which the sanitiser
 * already allows and the article page renders through the responsive picture (lib/body-blocks.ts).
 */
export const FigureNode = Node.create({
  name: 'pictureFigure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => nodeAttributes(['item']),
  parseHTML: () => [
    {
      tag: 'figure',
      getAttrs: (element) => {
        if (element.hasAttribute(GALLERY_ATTRIBUTE) || element.hasAttribute(EMBED_ATTRIBUTES.provider)) return false;
        const item = itemFrom(element);
        return item ? { item } : false;
      },
    },
  ],
  renderHTML: ({ node }) => itemSpec(node.attrs.item as GalleryItem),
});
