import { z } from 'zod';
import { ARTICLE_LANGUAGES } from '@/db/schema/articles';
import { authorIdList } from '@/lib/stories/bylines';
import { ARTICLE_GENRES } from '@/lib/stories/genre';
import { INTENTS } from '@/lib/stories/workflow';
import { cleanText, plainText } from '@/lib/plain-text';
import { slugify } from '@/lib/text/slug';

// Field rules of the story form. Messages are keys of AdminErrors, translated
// by staffAction into the editor's language.
const text = (max: number) => plainText().max(max, 'tooLong');
const optionalId = z.preprocess(
  (value) => (value === '' || value === undefined ? undefined : value),
  z.coerce.number().int().positive().optional(),
);

export const articleSchema = z
  .object({
    id: optionalId,
    version: optionalId,
    /** Set by the «خبر جديد» form when it is rendered: every try of that form's save names the same story. */
    createKey: z.preprocess((value) => (value === '' ? undefined : value), z.uuid('invalid').optional()),
    intent: z.enum(INTENTS),
    language: z.enum(ARTICLE_LANGUAGES),
    title: text(300).min(1, 'required'),
    kicker: text(80).default(''),
    excerpt: text(600).default(''),
    body: z.string().overwrite(cleanText).max(200_000, 'tooLong').default(''),
    genre: z.enum(ARTICLE_GENRES, { error: 'invalid' }).default('news'),
    sectionId: z.coerce.number({ error: 'unknownSection' }).int().positive('unknownSection'),
    authorId: optionalId,
    coAuthorIds: authorIdList,
    slug: text(120)
      .regex(/^[\p{L}\p{N}-]*$/u, 'badSlug')
      .default(''),
    tags: text(500).default(''),
    leadImageId: optionalId,
    leadImageCaption: text(300).default(''),
    leadImageAlt: text(300).default(''),
    seoTitle: text(120).default(''),
    seoDescription: text(300).default(''),
    topRank: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.coerce.number().int().min(1, 'invalid').max(20, 'invalid').optional(),
    ),
    isBreaking: z.preprocess((value) => value === 'on', z.boolean()),
    publishAt: text(30).default(''),
    topUntil: text(30).default(''),
    breakingUntil: text(30).default(''),
  })
  .refine((input) => !input.id || input.version, { path: ['version'], message: 'invalid' });

export type ArticleInput = z.infer<typeof articleSchema>;

/**
 * "مصر، الاقتصاد, Egypt" → distinct tag names (Arabic or Latin commas). A name
 * with no letter or digit ("!!!") is dropped: it would get an empty slug, so no
 * page, and every such name would share one tag.
 */
export function parseTagNames(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[,،]/)
        .map((name) => name.trim())
        .filter((name) => slugify(name) !== ''),
    ),
  ].slice(0, 12);
}
