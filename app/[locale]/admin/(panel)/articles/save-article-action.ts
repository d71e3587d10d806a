'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { saveArticle, slugTaken, type ArticleWrite } from '@/db/queries/editorial';
import { sectionById } from '@/db/queries/site';
import { dropAutosave, NEW_STORY } from '@/db/queries/autosaves';
import { lockHolder } from '@/db/queries/locks';
import { writeAudit } from '@/db/queries/staff';
import type { ArticleStatus, User } from '@/db/schema';
import { staffAction, type ActionState } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { formatDateTime } from '@/lib/dates';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { editableStory } from '@/lib/stories/load';
import { planSave, type SavePlan } from '@/lib/stories/plan';
import { intentsFor, type Intent } from '@/lib/stories/workflow';
import { slugify } from '@/lib/text/slug';
import { articleSchema, parseTagNames, type ArticleInput } from './article-schema';

/** Creates or updates a story and moves it through draft → review → scheduled/published → unpublished, and into and out of the deleted stories. */
export const saveArticleAction = staffAction('article.create', articleSchema, async (input, user, values) => {
  const t = await getTranslations('AdminErrors');
  const fail = (fieldErrors: Record<string, string> | undefined, message = t('checkFields')): ActionState => ({
    status: 'error',
    message,
    fieldErrors,
    values,
  });

  // Guard: the story, the intent, the section, the slug, the lock.
  const found = input.id ? editableStory(input.id, user) : undefined;
  if (typeof found === 'string') return fail(undefined, t(found));
  const before = found?.article;
  if (!intentsFor(user, before?.status ?? 'new').includes(input.intent)) return fail(undefined, t('forbidden'));
  if (!sectionById(input.sectionId)) return fail({ sectionId: t('unknownSection') });
  const slug = input.slug || slugify(input.title);
  if (!slug) return fail({ slug: t('badSlug') });
  if (slugTaken(input.language, slug, input.id)) return fail({ slug: t('slugTaken') });
  const holder = input.id ? lockHolder(input.id, Date.now()) : undefined;
  if (holder && holder.userId !== user.id) return fail(undefined, t('lockedBy', { who: holder.name }));

  const planned = planSave(input, before, user, Date.now());
  if ('refusal' in planned) return fail({ [planned.refusal.field]: t(planned.refusal.error) });

  const result = saveArticle(
    storyWrite(input, slug, planned.plan),
    user.id,
    input.id ? { id: input.id, version: input.version! } : undefined,
  );
  if (!result.ok && result.reason === 'conflict') {
    const when = formatDateTime(result.updatedAt, (await getLocale()) === 'en' ? 'en' : 'ar');
    return fail(undefined, t('conflict', { who: result.updatedBy ?? '—', when }));
  }
  if (!result.ok)
    return result.reason === 'slugTaken' ? fail({ slug: t('slugTaken') }) : fail(undefined, t('notFound'));

  invalidate({ kind: 'story', ...result });
  dropAutosave(user.id, input.id ?? NEW_STORY);
  audit(user, input.intent, result.id, planned.plan.status);
  redirect({ href: `/admin/articles/${result.id}?done=${input.intent}`, locale: await getLocale() });
  return { status: 'idle' };
});

/** The form's words and pictures, cleaned, with what the workflow decided. */
function storyWrite(input: ArticleInput, slug: string, plan: SavePlan): ArticleWrite {
  return {
    language: input.language,
    slug,
    title: input.title,
    kicker: input.kicker || null,
    excerpt: input.excerpt,
    body: sanitizeArticleHtml(input.body),
    sectionId: input.sectionId,
    leadImageId: input.leadImageId ?? null,
    leadImageCaption: input.leadImageCaption || null,
    leadImageAlt: input.leadImageAlt || null,
    seoTitle: input.seoTitle || null,
    seoDescription: input.seoDescription || null,
    ...plan,
    tagNames: parseTagNames(input.tags),
  };
}

function audit(user: User, intent: Intent, articleId: number, status: ArticleStatus) {
  if (intent !== 'save' && intent !== 'submit') {
    writeAudit(user.id, intent, `article:${articleId}`, { status });
  }
}
