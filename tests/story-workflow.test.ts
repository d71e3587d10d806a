import { describe, expect, it } from 'vitest';
import { toNewsroomInput } from '@/lib/dates';
import { planSave, type SaveRequest, type SavedState } from '@/lib/stories/plan';
import {
  ALLOWED_INTENTS,
  ARTICLE_STATUSES,
  canEditArticle,
  canRestoreRevision,
  EDITOR_INTENTS,
  hasPublicStatus,
  INTENTS,
  intentsFor,
  isPublic,
  type ArticleStatus,
  type Intent,
} from '@/lib/stories/workflow';

const now = Date.UTC(2026, 0, 15, 10, 0);
const HOUR = 3_600_000;
const at = (ms: number) => toNewsroomInput(ms, undefined, true);

const writer = { id: 7, role: 'writer' as const, authorId: 70 };
const editor = { id: 9, role: 'editor' as const, authorId: 90 };

const request = (intent: Intent, fields: Partial<SaveRequest> = {}): SaveRequest => ({
  intent,
  publishAt: '',
  isBreaking: false,
  topUntil: '',
  breakingUntil: '',
  ...fields,
});
const stored = (status: ArticleStatus, fields: Partial<SavedState> = {}): SavedState => ({
  status,
  publishedAt: null,
  authorId: null,
  topRank: null,
  isBreaking: false,
  topUntil: null,
  breakingUntil: null,
  ...fields,
});
const plan = (...args: Parameters<typeof planSave>) => {
  const planned = planSave(...args);
  if ('refusal' in planned) throw new Error(`refused: ${planned.refusal.error}`);
  return planned.plan;
};

// Where each intent leads, written out independently of the code it checks.
const LEADS_TO: Record<Intent, ArticleStatus | 'kept'> = {
  save: 'kept',
  submit: 'review',
  publish: 'published',
  schedule: 'scheduled',
  unpublish: 'unpublished',
  delete: 'deleted',
  recover: 'draft',
};

describe('intents by status', () => {
  for (const status of ['new', ...ARTICLE_STATUSES] as const) {
    for (const intent of INTENTS) {
      const allowed = ALLOWED_INTENTS[status].includes(intent);
      it(`${intent} from ${status}: ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(intentsFor(editor, status).includes(intent)).toBe(allowed);
        expect(intentsFor(writer, status).includes(intent)).toBe(allowed && !EDITOR_INTENTS.includes(intent));
        if (!allowed) return;
        const before = status === 'new' ? undefined : stored(status, { publishedAt: now - HOUR });
        const expected = LEADS_TO[intent] === 'kept' ? (before?.status ?? 'draft') : LEADS_TO[intent];
        expect(plan(request(intent, { publishAt: at(now + HOUR) }), before, editor, now).status).toBe(expected);
      });
    }
  }
  it('keeps publishing out of the writer workflow and deletes only stories readers cannot see', () => {
    expect(EDITOR_INTENTS).toEqual(['publish', 'schedule', 'unpublish', 'delete', 'recover']);
    expect(intentsFor(writer, 'draft')).toEqual(['save', 'submit']);
    const deletable = Object.entries(ALLOWED_INTENTS)
      .filter(([, intents]) => intents.includes('delete'))
      .map(([status]) => status);
    expect(deletable.sort()).toEqual(['draft', 'review', 'unpublished']);
    expect(ALLOWED_INTENTS.deleted).toEqual(['recover']);
  });
});

describe('who may edit a story', () => {
  it('lets writers edit only their own stories that are not yet public; editors any', () => {
    expect(canEditArticle(writer, { createdBy: 7, status: 'draft' })).toBe(true);
    expect(canEditArticle(writer, { createdBy: 7, status: 'review' })).toBe(true);
    expect(canEditArticle(writer, { createdBy: 7, status: 'published' })).toBe(false);
    expect(canEditArticle(writer, { createdBy: 7, status: 'scheduled' })).toBe(false);
    expect(canEditArticle(writer, { createdBy: 8, status: 'draft' })).toBe(false);
    expect(canEditArticle(writer, { createdBy: null, status: 'draft' })).toBe(false);
    expect(canEditArticle(editor, { createdBy: 7, status: 'published' })).toBe(true);
    expect(canEditArticle(editor, { createdBy: null, status: 'deleted' })).toBe(true);
  });
  it('restores no revision of a deleted story until it is recovered', () => {
    expect(canRestoreRevision({ status: 'deleted' })).toBe(false);
    expect(canRestoreRevision({ status: 'published' })).toBe(true);
  });
});

describe('publication time', () => {
  it('dates a first publication now, and a public story keeps its date', () => {
    expect(plan(request('publish'), undefined, editor, now).publishedAt).toBe(now);
    expect(plan(request('publish'), stored('draft'), editor, now).publishedAt).toBe(now);
    const earlier = now - 5 * HOUR;
    expect(plan(request('publish'), stored('unpublished', { publishedAt: earlier }), editor, now).publishedAt).toBe(
      earlier,
    );
    expect(plan(request('save'), stored('published', { publishedAt: earlier }), editor, now).publishedAt).toBe(earlier);
  });
  it('dates now a story unpublished while still scheduled, and one published ahead of its schedule', () => {
    const ahead = now + 5 * HOUR;
    expect(plan(request('publish'), stored('unpublished', { publishedAt: ahead }), editor, now).publishedAt).toBe(now);
    expect(plan(request('publish'), stored('scheduled', { publishedAt: ahead }), editor, now).publishedAt).toBe(now);
  });
  it('schedules at the typed newsroom time, never in the past or at an impossible date', () => {
    const planned = plan(request('schedule', { publishAt: at(now + HOUR) }), stored('draft'), editor, now);
    expect(planned).toMatchObject({ status: 'scheduled', publishedAt: now + HOUR });
    for (const [publishAt, error] of [
      [at(now - HOUR), 'pastSchedule'],
      [at(now), 'pastSchedule'],
      ['', 'badDate'],
      ['2026-02-30T10:00', 'badDate'],
      ['tomorrow', 'badDate'],
    ])
      expect(planSave(request('schedule', { publishAt }), stored('draft'), editor, now)).toEqual({
        refusal: { field: 'publishAt', error },
      });
  });
  it('ignores a typed schedule when the intent is not to schedule', () => {
    expect(plan(request('save', { publishAt: 'nonsense' }), stored('draft'), editor, now).status).toBe('draft');
  });
});

describe('curation', () => {
  const curated = stored('published', {
    publishedAt: now - HOUR,
    topRank: 2,
    topUntil: now + HOUR,
    isBreaking: true,
    breakingUntil: now + 2 * HOUR,
  });
  const UNCURATED = { topRank: null, isBreaking: false, topUntil: null, breakingUntil: null };

  it('is set by curators, with expiries only for a slot or flag that is set', () => {
    const typed = request('save', { topRank: 3, topUntil: at(now + HOUR), isBreaking: false, breakingUntil: at(now) });
    expect(plan(typed, curated, editor, now)).toMatchObject({
      topRank: 3,
      topUntil: now + HOUR,
      isBreaking: false,
      breakingUntil: null,
    });
  });
  it('refuses an expiry that is not a date, slot first', () => {
    const both = request('save', { topRank: 1, topUntil: 'x', isBreaking: true, breakingUntil: 'y' });
    expect(planSave(both, curated, editor, now)).toEqual({ refusal: { field: 'topUntil', error: 'badDate' } });
    const flag = request('save', { isBreaking: true, breakingUntil: '2026-13-01' });
    expect(planSave(flag, curated, editor, now)).toEqual({ refusal: { field: 'breakingUntil', error: 'badDate' } });
  });
  it('stays as it was when a writer saves, whatever the form says', () => {
    const typed = request('save', { topRank: 1, isBreaking: false, topUntil: 'x' });
    const own = { ...curated, status: 'draft' as const };
    expect(plan(typed, own, writer, now)).toMatchObject({
      topRank: 2,
      topUntil: now + HOUR,
      isBreaking: true,
      breakingUntil: now + 2 * HOUR,
    });
    expect(plan(typed, undefined, writer, now)).toMatchObject(UNCURATED);
  });
  it('is lost by a deleted story, whatever the form says', () => {
    const withdrawn = { ...curated, status: 'unpublished' as const };
    const typed = request('delete', { topRank: 1, isBreaking: true });
    expect(plan(typed, withdrawn, editor, now)).toMatchObject({ status: 'deleted', ...UNCURATED });
  });
});

describe('byline', () => {
  it('is the one an editor chose, else the one the story had, else the author of the person saving', () => {
    const editor = { role: 'editor' as const, authorId: 71 };
    expect(plan(request('save', { authorId: 5 }), stored('draft', { authorId: 6 }), editor, now).authorId).toBe(5);
    expect(plan(request('save', { authorId: 5 }), undefined, editor, now).authorId).toBe(5);
    expect(plan(request('save'), stored('draft', { authorId: 6 }), writer, now).authorId).toBe(6);
    expect(plan(request('save'), undefined, writer, now).authorId).toBe(70);
    expect(plan(request('save'), undefined, { role: 'editor', authorId: null }, now).authorId).toBeNull();
  });

  it("never lets a writer sign with a colleague's name, whatever the form posted", () => {
    expect(plan(request('save', { authorId: 5 }), undefined, writer, now).authorId).toBe(70);
    expect(plan(request('save', { authorId: 5 }), stored('draft', { authorId: 6 }), writer, now).authorId).toBe(6);
  });
});

describe('visibility', () => {
  it('shows readers published and scheduled stories once their time has come', () => {
    expect(isPublic({ status: 'published', publishedAt: now - 1 }, now)).toBe(true);
    expect(isPublic({ status: 'scheduled', publishedAt: now }, now)).toBe(true);
    expect(isPublic({ status: 'scheduled', publishedAt: now + 1 }, now)).toBe(false);
    expect(isPublic({ status: 'published', publishedAt: null }, now)).toBe(false);
    expect(isPublic({ status: 'unpublished', publishedAt: now - 1 }, now)).toBe(false);
    expect(ARTICLE_STATUSES.filter((status) => hasPublicStatus({ status }))).toEqual(['scheduled', 'published']);
  });
});
