'use client';

import { useEffect, useRef, useState } from 'react';
import { slugify } from '@/lib/text/slug';

const FIELDS = ['title', 'seoTitle', 'excerpt', 'seoDescription', 'slug', 'language', 'leadImageId'] as const;
type Fields = Record<(typeof FIELDS)[number], string>;

// Where search results cut a title and a description.
const TITLE_CUT = 60;
const DESCRIPTION_CUT = 160;
const cut = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);

/**
 * The story as a search result and as a shared card, following the form's fields as they are
 * typed. `images`: each library picture's src by id, for the lead image.
 */
export function StoryPreview({
  initial,
  origin,
  articleId,
  images,
  labels,
}: {
  initial: Partial<Fields>;
  origin: string;
  articleId?: string;
  images: Record<string, string>;
  labels: { title: string; search: string; social: string; emptyTitle: string };
}) {
  const box = useRef<HTMLElement>(null);
  const [fields, setFields] = useState(initial);
  useEffect(() => {
    const form = box.current?.closest('form');
    if (!form) return;
    const read = () => {
      const data = new FormData(form);
      setFields(Object.fromEntries(FIELDS.map((name) => [name, String(data.get(name) ?? '')])));
    };
    form.addEventListener('input', read);
    form.addEventListener('change', read);
    return () => {
      form.removeEventListener('input', read);
      form.removeEventListener('change', read);
    };
  }, []);
  const title = fields.seoTitle || fields.title || labels.emptyTitle;
  const description = fields.seoDescription || fields.excerpt || '';
  const slug = fields.slug || slugify(fields.title ?? '');
  const url = `${origin}${fields.language === 'en' ? '/en' : ''}/news/${articleId ?? '…'}/${slug}`;
  const image = fields.leadImageId ? images[fields.leadImageId] : undefined;
  return (
    <section ref={box} aria-label={labels.title} data-testid="story-preview" className="flex flex-col gap-3 text-sm">
      <h2 className="font-bold">{labels.title}</h2>
      <figure className="rounded border border-rule p-3">
        <figcaption className="mb-1 text-xs text-muted">{labels.search}</figcaption>
        <p className="truncate text-xs text-muted" dir="ltr" data-testid="preview-url">
          {url}
        </p>
        <p className="text-lg text-blue-800" dir="auto" data-testid="preview-title">
          {cut(title, TITLE_CUT)}
        </p>
        <p className="text-muted" dir="auto" data-testid="preview-description">
          {cut(description, DESCRIPTION_CUT)}
        </p>
      </figure>
      <figure className="overflow-hidden rounded border border-rule">
        <figcaption className="p-2 text-xs text-muted">{labels.social}</figcaption>
        {image && (
          // eslint-disable-next-line @next/next/no-img-element -- a library picture's own URL, shown small
          <img src={image} alt="" className="aspect-[1200/630] w-full object-cover" data-testid="preview-image" />
        )}
        <div className="border-t border-rule p-2">
          <p className="text-xs text-muted uppercase" dir="ltr">
            {new URL(origin).host}
          </p>
          <p className="font-bold" dir="auto">
            {title}
          </p>
          <p className="line-clamp-2 text-muted" dir="auto">
            {description}
          </p>
        </div>
      </figure>
    </section>
  );
}
