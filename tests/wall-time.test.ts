import { describe, expect, it } from 'vitest';
import { formatWallTime } from '@/lib/text/wall-time';
import { GREGORIAN_LOCALE, newsroomZoneName } from '@/lib/dates';

describe('formatWallTime', () => {
  it('spells a datetime-local value out in Arabic, at the very wall time typed', () => {
    expect(formatWallTime('2026-12-03T14:30', GREGORIAN_LOCALE.ar)).toBe('الخميس، 3 ديسمبر 2026 في 2:30 م');
    expect(formatWallTime('2026-12-03T23:59:30', GREGORIAN_LOCALE.en)).toBe('Thursday, 3 December 2026 at 23:59');
  });

  it('says nothing of an incomplete or impossible time', () => {
    expect(formatWallTime('', GREGORIAN_LOCALE.ar)).toBeUndefined();
    expect(formatWallTime('2026-12-03', GREGORIAN_LOCALE.ar)).toBeUndefined();
    expect(formatWallTime('2026-02-30T10:00', GREGORIAN_LOCALE.ar)).toBeUndefined();
  });
});

describe('newsroomZoneName', () => {
  it('names the newsroom zone in words in each language', () => {
    expect(newsroomZoneName('ar')).toMatch(/توقيت/);
    expect(newsroomZoneName('en')).toMatch(/Time/);
  });
});
