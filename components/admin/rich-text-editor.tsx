'use client';

import { useState } from 'react';
import { EditorContent, Extension, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { EmbedNode, EmbedPaste } from './editor-embed';
import { GalleryNode } from './editor-gallery';
import { FigureNode } from './editor-figure';
import { BodyPictureUpload, type BodyUpload } from './body-picture-upload';
import { pictureIn } from './picture-upload';
import { GalleryPicker, type GalleryLabels, type LibraryImage } from './editor-gallery-picker';

/**
 * dir="auto" on list items, headings and quotes: an English item in an Arabic list gets its bullet on
 * its own side (CSS unicode-bidi, which aligns paragraphs, leaves the marker where the list's direction
 * puts it). Not on paragraphs: a list item's text is a paragraph, and dir="auto" looks past descendants
 * that carry their own dir, so the item would find no letter and turn left-to-right.
 */
const BlockDirection = Extension.create({
  name: 'blockDirection',
  addGlobalAttributes: () => [
    {
      types: ['listItem', 'heading', 'blockquote'],
      attributes: { dir: { default: 'auto', parseHTML: () => 'auto', renderHTML: () => ({ dir: 'auto' }) } },
    },
  ],
});

type Labels = Record<
  | 'toolbar'
  | 'heading'
  | 'bold'
  | 'italic'
  | 'link'
  | 'linkPrompt'
  | 'quote'
  | 'bulletList'
  | 'orderedList'
  | 'image'
  | 'insertImage',
  string
> &
  GalleryLabels;

type Props = {
  id: string;
  name: string;
  initialHtml: string;
  labels: Labels;
  /** The library's pictures; `alt` is the description staff gave on upload, carried into the body. */
  images: LibraryImage[];
  describedBy?: string;
  invalid?: boolean;
  /** Uploading a picture into the body (the story form; not live entries). */
  upload?: BodyUpload;
};

/**
 * The story body editor (Tiptap). Each block takes its direction from its
 * own text, so Arabic and English paragraphs sit side by side correctly. The
 * HTML goes to the server in a hidden field; the server sanitises it again.
 */
export function RichTextEditor({ id, name, initialHtml, labels, images, describedBy, invalid, upload }: Props) {
  const [html, setHtml] = useState(initialHtml);
  // A picture dropped or pasted into the text opens the upload with it (its description is asked first).
  const [incoming, setIncoming] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const receive = (data: DataTransfer | null) => {
    const picture = upload && pictureIn(data);
    if (!picture) return false;
    setIncoming(picture);
    setUploading(true);
    return true;
  };
  const [image, setImage] = useState(images[0]?.src ?? '');
  const insertImage = () => {
    const chosen = images.find((option) => option.src === image);
    if (chosen) editor?.chain().focus().setImage({ src: chosen.src, alt: chosen.alt }).run();
  };
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        link: { openOnClick: false, autolink: true },
      }),
      Image,
      BlockDirection,
      EmbedNode,
      EmbedPaste,
      GalleryNode,
      FigureNode,
    ],
    content: initialHtml,
    immediatelyRender: false,
    onUpdate: ({ editor: current }) => setHtml(current.getHTML()),
    editorProps: {
      handleDrop: (_view, event) => receive(event.dataTransfer),
      handlePaste: (_view, event) => receive(event.clipboardData),
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        'aria-invalid': String(Boolean(invalid)),
        class:
          'rich-editor min-h-72 rounded-b border border-rule bg-paper p-3 text-ink focus:outline-2 focus:outline-brand',
      },
    },
  });
  return (
    <div>
      <Toolbar
        editor={editor}
        labels={labels}
        upload={upload && { label: upload.labels.bodyButton, open: uploading, toggle: () => setUploading(!uploading) }}
      />
      <EditorContent editor={editor} />
      {upload && uploading && (
        <BodyPictureUpload
          upload={upload}
          incoming={incoming}
          onUploaded={(item) => {
            editor?.chain().focus().insertContent({ type: FigureNode.name, attrs: { item } }).run();
            setUploading(false);
          }}
        />
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <select
          aria-label={labels.image}
          value={image}
          onChange={(event) => setImage(event.target.value)}
          className="rounded border border-rule bg-paper px-2 py-1"
        >
          {images.map((option) => (
            <option key={option.src} value={option.src}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="button" className="rounded border border-rule px-2 py-1" disabled={!image} onClick={insertImage}>
          {labels.insertImage}
        </button>
      </div>
      <GalleryPicker
        images={images}
        labels={labels}
        onInsert={(items) => editor?.chain().focus().insertContent({ type: GalleryNode.name, attrs: { items } }).run()}
      />
      <input type="hidden" name={name} value={html} />
    </div>
  );
}

type ToolbarUpload = { label: string; open: boolean; toggle: () => void };

function Toolbar({ editor, labels, upload }: { editor: Editor | null; labels: Labels; upload?: ToolbarUpload }) {
  if (!editor) return <div className="h-10 rounded-t border border-b-0 border-rule" />;
  const buttons: { label: string; active: boolean; run: () => void }[] = [
    {
      label: labels.heading,
      active: editor.isActive('heading', { level: 2 }),
      run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    { label: labels.bold, active: editor.isActive('bold'), run: () => editor.chain().focus().toggleBold().run() },
    { label: labels.italic, active: editor.isActive('italic'), run: () => editor.chain().focus().toggleItalic().run() },
    {
      label: labels.quote,
      active: editor.isActive('blockquote'),
      run: () => editor.chain().focus().toggleBlockquote().run(),
    },
    {
      label: labels.bulletList,
      active: editor.isActive('bulletList'),
      run: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      label: labels.orderedList,
      active: editor.isActive('orderedList'),
      run: () => editor.chain().focus().toggleOrderedList().run(),
    },
    {
      label: labels.link,
      active: editor.isActive('link'),
      run: () => {
        const href = window.prompt(labels.linkPrompt, editor.getAttributes('link').href ?? 'https://');
        if (href === null) return;
        if (href === '') editor.chain().focus().unsetLink().run();
        else editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
      },
    },
  ];
  return (
    <div
      role="toolbar"
      aria-label={labels.toolbar}
      className="flex flex-wrap gap-1 rounded-t border border-b-0 border-rule bg-rule/40 p-1"
    >
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          aria-pressed={button.active}
          // Keeps the caret in the text: a pressed button does not take the focus.
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.run}
          className="rounded px-2 py-1 text-sm font-bold aria-pressed:bg-brand aria-pressed:text-white"
        >
          {button.label}
        </button>
      ))}
      {upload && (
        <button
          type="button"
          aria-expanded={upload.open}
          onClick={upload.toggle}
          className="rounded px-2 py-1 text-sm font-bold aria-expanded:bg-brand aria-expanded:text-white"
        >
          {upload.label}
        </button>
      )}
    </div>
  );
}
