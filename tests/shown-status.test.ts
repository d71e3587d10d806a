import { describe, expect, it } from 'vitest';
import { intentsFor, mayChooseByline, shownStatus } from '@/lib/stories/workflow';

const now = Date.UTC(2026, 0, 15, 10, 0);
const editor = { id: 9, role: 'editor' as const };

describe('the status staff see', () => {
  it('shows a scheduled story whose time has come as published, with the buttons of a published story', () => {
    const live = shownStatus({ status: 'scheduled', publishedAt: now - 1 }, now);
    expect(live).toBe('published');
    expect(intentsFor(editor, live)).toEqual(['save', 'unpublish']);
  });

  it('leaves every other story as stored', () => {
    expect(shownStatus({ status: 'scheduled', publishedAt: now + 1 }, now)).toBe('scheduled');
    expect(shownStatus({ status: 'draft', publishedAt: now - 1 }, now)).toBe('draft');
    expect(shownStatus({ status: 'unpublished', publishedAt: now - 1 }, now)).toBe('unpublished');
  });
});

describe('who chooses the byline', () => {
  it('is editors and admins; a writer signs their own', () => {
    expect(mayChooseByline({ role: 'writer' })).toBe(false);
    expect(mayChooseByline({ role: 'editor' })).toBe(true);
    expect(mayChooseByline({ role: 'admin' })).toBe(true);
  });
});
