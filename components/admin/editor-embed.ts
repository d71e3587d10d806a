import { Extension, Node } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { EMBED_ATTRIBUTES } from '@/lib/embeds/markup';
import { parseEmbedUrl, validEmbed } from '@/lib/embeds/parse';

/** Attributes read by the parse rule and written by renderHTML only, never copied onto the element as they are. */
export const nodeAttributes = <T extends string>(names: T[], fallback: unknown = null) =>
  Object.fromEntries(
    names.map((name) => [name, { default: fallback, rendered: false, parseHTML: () => null }]),
  ) as Record<T, { default: unknown; rendered: false; parseHTML: () => null }>;

/**
 * An embed block: a link from an allowed provider, pasted on its own, becomes
 * one (lib/embeds/parse.ts decides); any other paste is left to the editor.
 * It is written as the figure lib/embeds/markup.ts describes, with the link as
 * its text, and the server checks it again when the story is saved.
 */
export const EmbedNode = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => nodeAttributes(['provider', 'id', 'url', 'title']),
  parseHTML: () => [
    {
      tag: `figure[${EMBED_ATTRIBUTES.provider}]`,
      getAttrs: (element) => {
        const embed = validEmbed(
          element.getAttribute(EMBED_ATTRIBUTES.provider) ?? undefined,
          element.getAttribute(EMBED_ATTRIBUTES.id) ?? undefined,
          element.getAttribute(EMBED_ATTRIBUTES.url) ?? undefined,
        );
        return embed ? { ...embed, title: element.textContent?.trim() || embed.url } : false;
      },
    },
  ],
  renderHTML: ({ node }) => [
    'figure',
    {
      [EMBED_ATTRIBUTES.provider]: node.attrs.provider,
      [EMBED_ATTRIBUTES.id]: node.attrs.id,
      [EMBED_ATTRIBUTES.url]: node.attrs.url,
    },
    ['a', { href: node.attrs.url }, node.attrs.title || node.attrs.url],
  ],
});

/**
 * The paste rule apart from the node: its plugin must run before the link
 * extension's (which would make the pasted URL a linked paragraph), and a
 * high-priority node would instead become the schema's default block.
 */
export const EmbedPaste = Extension.create({
  name: 'embedPaste',
  priority: 1100,
  addProseMirrorPlugins() {
    const type = this.editor.schema.nodes[EmbedNode.name];
    return [
      new Plugin({
        props: {
          handlePaste: (view, event) => {
            const embed = parseEmbedUrl(event.clipboardData?.getData('text/plain') ?? '');
            if (!embed) return false;
            view.dispatch(
              view.state.tr.replaceSelectionWith(type.create({ ...embed, title: embed.url })).scrollIntoView(),
            );
            return true;
          },
        },
      }),
    ];
  },
});
