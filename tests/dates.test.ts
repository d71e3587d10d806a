import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatGregorianDate,
  formatHijriDate,
  isoDate,
  parseNewsroomTime,
  toNewsroomInput,
} from '@/lib/dates';

// Thursday 16 May 2024, 09:30 UTC = 12:30 in Cairo (EEST): the day of the seed article.
const SUMMIT_DAY = Date.UTC(2024, 4, 16, 9, 30);

describe('dates', () => {
  it('prints Gregorian dates in Arabic with Latin digits', () => {
    expect(formatGregorianDate(SUMMIT_DAY, 'ar')).toBe('16 مايو 2024');
    expect(formatGregorianDate(SUMMIT_DAY, 'ar', true)).toBe('الخميس، 16 مايو 2024');
  });
  it('prints the Umm al-Qura Hijri date', () => {
    expect(formatHijriDate(SUMMIT_DAY, 'ar')).toBe('8 ذو القعدة 1445 هـ');
    expect(formatHijriDate(SUMMIT_DAY, 'en')).toBe('8 Dhuʻl-Qiʻdah 1445 AH');
  });
  it('uses the newsroom time zone for times', () => {
    expect(formatDateTime(SUMMIT_DAY, 'ar')).toContain('12:30');
    expect(formatDateTime(SUMMIT_DAY, 'en')).toBe('16 May 2024 at 12:30');
  });
  it('never prints Arabic-Indic digits', () => {
    expect(formatHijriDate(SUMMIT_DAY, 'ar') + formatDateTime(SUMMIT_DAY, 'ar')).not.toMatch(/[٠-٩]/);
  });
  it('gives ISO 8601 for machines', () => {
    expect(isoDate(SUMMIT_DAY)).toBe('2024-05-16T09:30:00.000Z');
  });
});

describe('newsroom time input', () => {
  it('reads a datetime-local value as Cairo time, across daylight saving', () => {
    expect(parseNewsroomTime('2024-05-16T12:30', 'Africa/Cairo')).toBe(Date.UTC(2024, 4, 16, 9, 30));
    expect(parseNewsroomTime('2024-01-16T12:30', 'Africa/Cairo')).toBe(Date.UTC(2024, 0, 16, 10, 30));
    expect(parseNewsroomTime('2024-01-16T12:30:15', 'UTC')).toBe(Date.UTC(2024, 0, 16, 12, 30, 15));
  });
  it('rejects malformed values', () => {
    for (const bad of ['', 'tomorrow', '2024-13-01T10:00', '2024-01-01 10:00'])
      expect(parseNewsroomTime(bad)).toBeUndefined();
  });
  it('round-trips through the input format', () => {
    expect(toNewsroomInput(Date.UTC(2024, 4, 16, 9, 30), 'Africa/Cairo')).toBe('2024-05-16T12:30');
  });
});

describe('impossible dates', () => {
  it('are refused rather than rolled over', () => {
    expect(parseNewsroomTime('2024-02-30T10:00')).toBeUndefined();
    expect(parseNewsroomTime('2024-02-29T10:00', 'UTC')).toBe(Date.UTC(2024, 1, 29, 10));
  });
});
