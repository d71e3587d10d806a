'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { saveArticle, slugTaken, type ArticleWrite } from '@/db/queries/editorial';
import { storyCreatedWith, unknownReferences } from '@/db/queries/articles';
import { dropAutosave, NEW_STORY } from '@/db/queries/autosaves';
import { unknownAuthorIds } from '@/db/queries/bylines';
import { lockHolder } from '@/db/queries/locks';
import { writeAudit } from '@/db/queries/staff';
import type { ArticleStatus, User } from '@/db/schema';
import { staffAction, type ActionState } from '@/lib/auth/action';
import { invalidate } from '@/lib/cache/invalidate';
import { formatDateTime } from '@/lib/dates';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { editableStory } from '@/lib/stories/load';
import { planBylines } from '@/lib/stories/bylines';
import { planSave, type SavePlan } from '@/lib/stories/plan';
import { settleReview } from '@/lib/stories/review';
import { breaksEmbargo } from '@/lib/stories/embargo';
import { embargoMessage } from './embargo-message';
import { intentsFor, type Intent } from '@/lib/stories/workflow';
import { slugify } from '@/lib/text/slug';
import { articleSchema, parseTagNames, type ArticleInput } from './article-schema';

const UNKNOWN_REFERENCE = {
  sectionId: 'unknownSection',
  authorId: 'unknownAuthor',
  leadImageId: 'unknownImage',
} as const;

/** Creates or updates a story and moves it through draft → review → scheduled/published → unpublished, and into and out of the deleted stories. */
export const saveArticleAction = staffAction('article.create', articleSchema, async (input, user, values) => {
  const t = await getTranslations('AdminErrors');
  const fail = (fieldErrors: Record<string, string> | undefined, message = t('checkFields')): ActionState => ({
    status: 'error',
    message,
    fieldErrors,
    values,
  });

  // Guard: the story, the intent, the section, byline and picture, the slug, the lock.
  // A new story's form sent again (its first save was stored but never answered) saves onto the story it made.
  const storyId = input.id ?? (input.createKey ? storyCreatedWith(input.createKey) : undefined);
  const found = storyId ? editableStory(storyId, user) : undefined;
  if (typeof found === 'string') return fail(undefined, t(found));
  const before = found?.article;
  if (!intentsFor(user, before?.status ?? 'new').includes(input.intent)) return fail(undefined, t('forbidden'));
  const unknown = unknownReferences({
    sectionId: input.sectionId,
    authorId: input.authorId ?? null,
    leadImageId: input.leadImageId ?? null,
  });
  if (unknown.length) return fail(Object.fromEntries(unknown.map((field) => [field, t(UNKNOWN_REFERENCE[field])])));
  if (unknownAuthorIds(input.coAuthorIds ?? []).length) return fail({ coAuthorIds: t('unknownAuthor') });
  const slug = input.slug || slugify(input.title);
  if (!slug) return fail({ slug: t('badSlug') });
  if (slugTaken(input.language, slug, storyId)) return fail({ slug: t('slugTaken') });
  const holder = storyId ? lockHolder(storyId, Date.now()) : undefined;
  if (holder && holder.userId !== user.id) return fail(undefined, t('lockedBy', { who: holder.name }));

  const planned = planSave(input, before, user, Date.now());
  if ('refusal' in planned) return fail({ [planned.refusal.field]: t(planned.refusal.error) });
  if (breaksEmbargo(before, planned.plan, Date.now()))
    return fail({ publishAt: await embargoMessage(before!.embargoUntil!) });

  const result = saveArticle(
    // Only a creation records the key: a post naming a story and a key (a replayed new-story form) leaves the key where it is.
    {
      ...storyWrite(input, slug, planned.plan),
      authorIds: planBylines(
        input,
        found && { authorId: found.article.authorId, authorIds: found.bylines.map(({ id }) => id) },
        user,
      ),
      createKey: before ? undefined : input.createKey,
    },
    user.id,
    // A retried form never saw a version of the story it made: it saves onto the one stored.
    before ? { id: before.id, version: input.version ?? before.version } : undefined,
  );
  if (!result.ok && result.reason === 'conflict') {
    const when = formatDateTime(result.updatedAt, (await getLocale()) === 'en' ? 'en' : 'ar');
    // The other save may be this person's own, from another tab or window.
    if (result.updatedById === user.id) return fail(undefined, t('conflictOwn', { when }));
    return fail(undefined, t('conflict', { who: result.updatedBy ?? '—', when }));
  }
  if (!result.ok)
    return result.reason === 'slugTaken' ? fail({ slug: t('slugTaken') }) : fail(undefined, t(result.reason));

  await invalidate({ kind: 'story', ...result });
  dropAutosave(user.id, input.id ?? NEW_STORY);
  audit(user, input.intent, result.id, planned.plan.status);
  settleReview(user.id, result.id, planned.plan.status, Date.now());
  redirect({ href: `/admin/articles/${result.id}?done=${input.intent}`, locale: await getLocale() });
  return { status: 'idle' };
});

/** The form's words and pictures, cleaned, with what the workflow decided. */
function storyWrite(input: ArticleInput, slug: string, plan: SavePlan): Omit<ArticleWrite, 'authorIds'> {
  return {
    language: input.language,
    slug,
    title: input.title,
    kicker: input.kicker || null,
    excerpt: input.excerpt,
    body: sanitizeArticleHtml(input.body),
    sectionId: input.sectionId,
    genre: input.genre,
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
