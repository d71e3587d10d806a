import type { Article, User } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { parseNewsroomTime } from '@/lib/dates';
import { planBylines } from './bylines';
import { type ArticleStatus, type Intent } from './workflow';

/** What a story form asks of the workflow: the intent, and the times and curation it typed. */
export type SaveRequest = {
  intent: Intent;
  authorId?: number;
  /** Newsroom time, for `schedule`. */
  publishAt: string;
  topRank?: number;
  isBreaking: boolean;
  topUntil: string;
  breakingUntil: string;
};

/** The stored story a save starts from; undefined for a new one. */
export type SavedState = Pick<
  Article,
  'status' | 'publishedAt' | 'authorId' | 'topRank' | 'isBreaking' | 'topUntil' | 'breakingUntil'
>;

/** The workflow's columns of the write. */
export type SavePlan = SavedState;

/** A typed time the workflow cannot use: the form field and the AdminErrors key. */
export type PlanRefusal = { field: 'publishAt' | 'topUntil' | 'breakingUntil'; error: 'badDate' | 'pastSchedule' };

/**
 * Status, publication time, byline and curation a save writes, or why its
 * times cannot be used. Who may apply the intent at all is asked first
 * (intentsFor); this only works out what it leads to.
 */
export function planSave(
  request: SaveRequest,
  before: SavedState | undefined,
  user: Pick<User, 'role' | 'authorId'>,
  now: number,
): { plan: SavePlan } | { refusal: PlanRefusal } {
  const timing = publication(request, before, now);
  if ('error' in timing) return { refusal: { field: 'publishAt', error: timing.error } };
  const chosen = curation(request, before, timing.status, can(user.role, 'curation.manage'));
  if ('invalidField' in chosen) return { refusal: { field: chosen.invalidField, error: 'badDate' } };
  const authorId = planBylines(request, before, user)[0] ?? null;
  return { plan: { ...timing, authorId, ...chosen } };
}

type Timing = { status: ArticleStatus; publishedAt: number | null } | { error: 'badDate' | 'pastSchedule' };

/** The status and publication time an intent leads to. */
function publication(
  request: Pick<SaveRequest, 'intent' | 'publishAt'>,
  before: Pick<SavedState, 'status' | 'publishedAt'> | undefined,
  now: number,
): Timing {
  const kept = { status: before?.status ?? 'draft', publishedAt: before?.publishedAt ?? null } as const;
  switch (request.intent) {
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
      const at = parseNewsroomTime(request.publishAt);
      if (at === undefined) return { error: 'badDate' };
      if (at <= now) return { error: 'pastSchedule' };
      return { status: 'scheduled', publishedAt: at };
    }
  }
}

type Curation = Pick<SavedState, 'topRank' | 'isBreaking' | 'topUntil' | 'breakingUntil'>;

const UNCURATED: Curation = { topRank: null, isBreaking: false, topUntil: null, breakingUntil: null };

/**
 * The «أهم الأخبار» slot and breaking flag a save leaves: as a curator typed
 * them, as they were when someone else saves. A deleted story keeps no slot and
 * no flag to come back with.
 */
function curation(
  request: SaveRequest,
  before: Curation | undefined,
  status: ArticleStatus,
  curator: boolean,
): Curation | { invalidField: 'topUntil' | 'breakingUntil' } {
  if (status === 'deleted') return UNCURATED;
  if (!curator) return before ? pickCuration(before) : UNCURATED;
  const topUntil = expiry(request.topUntil, request.topRank !== undefined);
  const breakingUntil = expiry(request.breakingUntil, request.isBreaking);
  if (topUntil === 'invalid') return { invalidField: 'topUntil' };
  if (breakingUntil === 'invalid') return { invalidField: 'breakingUntil' };
  return { topRank: request.topRank ?? null, isBreaking: request.isBreaking, topUntil, breakingUntil };
}

/** An optional lapse time; none without the slot or flag it ends. */
const expiry = (raw: string, applies: boolean) => (applies && raw ? (parseNewsroomTime(raw) ?? 'invalid') : null);

const pickCuration = ({ topRank, isBreaking, topUntil, breakingUntil }: Curation): Curation => ({
  topRank,
  isBreaking,
  topUntil,
  breakingUntil,
});
