'use server';

import { updateTag } from 'next/cache';
import { purgeEdges } from '@/lib/cache/edge-purge';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { articleForEditing, saveArticle, slugTaken } from '@/db/queries/editorial';
import { sectionById } from '@/db/queries/site';
import { forgetTimedChange } from '@/lib/cache/clock';
import { dropAutosave, NEW_STORY } from '@/db/queries/autosaves';
import { lockHolder } from '@/db/queries/locks';
import { writeAudit } from '@/db/queries/staff';
import type { ArticleStatus, User } from '@/db/schema';
import { staffAction, type ActionState } from '@/lib/auth/action';
import { can, canEditArticle } from '@/lib/auth/permissions';
import { formatDateTime, parseNewsroomTime } from '@/lib/dates';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { slugify } from '@/lib/text/slug';
import {
  ALLOWED_INTENTS,
  EDITOR_INTENTS,
  articleSchema,
  parseTagNames,
  type ArticleInput,
  type Intent,
} from './article-schema';

/** Creates or updates a story and moves it through draft → review → scheduled/published → unpublished, and into and out of the deleted stories. */
export const saveArticleAction = staffAction('article.create', articleSchema, async (input, user, values) => {
  const t = await getTranslations('AdminErrors');
  const fail = (fieldErrors: Record<string, string> | undefined, message = t('checkFields')): ActionState => ({
    status: 'error',
    message,
    fieldErrors,
    values,
  });

  const before = input.id ? articleForEditing(input.id)?.article : undefined;
  if (input.id && !before) return fail(undefined, t('notFound'));
  if (before && !canEditArticle(user, before)) return fail(undefined, t('forbidden'));
  if (EDITOR_INTENTS.includes(input.intent) && !can(user.role, 'article.publish'))
    return fail(undefined, t('forbidden'));
  if (!ALLOWED_INTENTS[before?.status ?? 'new'].includes(input.intent)) return fail(undefined, t('forbidden'));
  if (!sectionById(input.sectionId)) return fail({ sectionId: t('unknownSection') });

  const slug = input.slug || slugify(input.title);
  if (!slug) return fail({ slug: t('badSlug') });
  if (slugTaken(input.language, slug, input.id)) return fail({ slug: t('slugTaken') });

  const holder = input.id ? lockHolder(input.id, Date.now()) : undefined;
  if (holder && holder.userId !== user.id) return fail(undefined, t('lockedBy', { who: holder.name }));

  const timing = publication(input, before);
  if ('error' in timing) return fail({ publishAt: t(timing.error) });

  // A deleted story keeps no «أهم الأخبار» slot and no breaking flag to come back with.
  const curates = can(user.role, 'curation.manage') && timing.status !== 'deleted';
  const uncurated =
    timing.status === 'deleted' ? { topRank: null, isBreaking: false, topUntil: null, breakingUntil: null } : before;
  const { invalidField, ...expiries }: Expiries = curates
    ? curationExpiries(input)
    : { topUntil: uncurated?.topUntil ?? null, breakingUntil: uncurated?.breakingUntil ?? null };
  if (invalidField) return fail({ [invalidField]: t('badDate') });
  const result = saveArticle(
    {
      language: input.language,
      slug,
      title: input.title,
      kicker: input.kicker || null,
      excerpt: input.excerpt,
      body: sanitizeArticleHtml(input.body),
      sectionId: input.sectionId,
      authorId: input.authorId ?? before?.authorId ?? user.authorId ?? null,
      leadImageId: input.leadImageId ?? null,
      leadImageCaption: input.leadImageCaption || null,
      leadImageAlt: input.leadImageAlt || null,
      seoTitle: input.seoTitle || null,
      seoDescription: input.seoDescription || null,
      topRank: curates ? (input.topRank ?? null) : (uncurated?.topRank ?? null),
      isBreaking: curates ? input.isBreaking : (uncurated?.isBreaking ?? false),
      ...expiries,
      status: timing.status,
      publishedAt: timing.publishedAt,
      tagNames: parseTagNames(input.tags),
    },
    user.id,
    input.id ? { id: input.id, version: input.version! } : undefined,
  );
  if (!result.ok && result.reason === 'conflict') {
    const when = formatDateTime(result.updatedAt, (await getLocale()) === 'en' ? 'en' : 'ar');
    return fail(undefined, t('conflict', { who: result.updatedBy ?? '—', when }));
  }
  if (!result.ok)
    return result.reason === 'slugTaken' ? fail({ slug: t('slugTaken') }) : fail(undefined, t('notFound'));
  for (const tag of result.invalidate) updateTag(tag);
  await purgeEdges(result.invalidate);
  forgetTimedChange();
  dropAutosave(user.id, input.id ?? NEW_STORY);
  audit(user, input.intent, result.id, timing.status);
  redirect({ href: `/admin/articles/${result.id}?done=${input.intent}`, locale: await getLocale() });
  return { status: 'idle' };
});

type Expiries = { topUntil: number | null; breakingUntil: number | null; invalidField?: 'topUntil' | 'breakingUntil' };

/** Optional lapse times of the «أهم الأخبار» slot and the breaking flag; none without the slot or flag itself. */
function curationExpiries(input: ArticleInput): Expiries {
  const expiry = (raw: string, applies: boolean) => (applies && raw ? (parseNewsroomTime(raw) ?? 'invalid') : null);
  const topUntil = expiry(input.topUntil, input.topRank !== undefined);
  const breakingUntil = expiry(input.breakingUntil, input.isBreaking);
  if (topUntil === 'invalid') return { topUntil: null, breakingUntil: null, invalidField: 'topUntil' };
  if (breakingUntil === 'invalid') return { topUntil: null, breakingUntil: null, invalidField: 'breakingUntil' };
  return { topUntil, breakingUntil };
}

type Timing = { status: ArticleStatus; publishedAt: number | null } | { error: 'badDate' | 'pastSchedule' };

/** The status and publication time an intent leads to. */
function publication(
  input: ArticleInput,
  before: { status: ArticleStatus; publishedAt: number | null } | undefined,
): Timing {
  const now = Date.now();
  const kept = { status: before?.status ?? 'draft', publishedAt: before?.publishedAt ?? null } as const;
  switch (input.intent) {
    case 'save':
      return kept;
    case 'submit':
      return { status: 'review', publishedAt: kept.publishedAt };
    case 'publish':
      // A story that was public keeps its original date; a first publication is dated now, and so is
      // one unpublished while still scheduled (its date lies ahead: it would stay hidden until then).
      return {
        status: 'published',
        publishedAt:
          before?.status === 'published' || before?.status === 'unpublished'
            ? Math.min(before.publishedAt ?? now, now)
            : now,
      };
    case 'unpublish':
      return { status: 'unpublished', publishedAt: kept.publishedAt };
    case 'delete':
      return { status: 'deleted', publishedAt: kept.publishedAt };
    case 'recover':
      return { status: 'draft', publishedAt: kept.publishedAt };
    case 'schedule': {
      const at = parseNewsroomTime(input.publishAt);
      if (at === undefined) return { error: 'badDate' };
      if (at <= now) return { error: 'pastSchedule' };
      return { status: 'scheduled', publishedAt: at };
    }
  }
}

function audit(user: User, intent: Intent, articleId: number, status: ArticleStatus) {
  if (intent !== 'save' && intent !== 'submit') {
    writeAudit(user.id, intent, `article:${articleId}`, { status });
  }
}
