import { describe, expect, it } from 'vitest';
import { parseSearchParams, startOfDay } from '@/lib/search-params';
import { highlight, snippet } from '@/lib/text/search-snippet';

describe('search parameters', () => {
  it('trims the query, flags over-long ones and defaults the rest', () => {
    expect(parseSearchParams({ q: '  الصين  ' })).toMatchObject({
      query: 'الصين',
      tooLong: false,
      sort: 'relevance',
      page: 1,
    });
    expect(parseSearchParams({ q: 'ا'.repeat(201) }).tooLong).toBe(true);
    expect(parseSearchParams({}).query).toBe('');
  });
  it('never throws on odd input', () => {
    const request = parseSearchParams({ q: ['a', 'b'], page: 'x', sort: 'drop', from: '2024-13-45', to: 'yesterday' });
    expect(request).toMatchObject({
      query: 'a',
      page: 1,
      sort: 'relevance',
      from: undefined,
      to: undefined,
      invalidDate: true,
    });
  });
  it('reads days in the newsroom time zone', () => {
    expect(startOfDay('2024-05-16', 'Africa/Cairo')).toBe(Date.UTC(2024, 4, 15, 21));
    expect(startOfDay('2024-01-16', 'UTC')).toBe(Date.UTC(2024, 0, 16));
    const request = parseSearchParams({ q: 'x', from: '2024-05-16', to: '2024-05-16' });
    expect(request.to! - request.from!).toBe(24 * 3_600_000);
  });
});

describe('highlighting', () => {
  it('marks the words that match, however they are spelled', () => {
    const marked = highlight('القمة الصينية الروسية وبكين', 'قمه صين')
      .filter((part) => part.match)
      .map((part) => part.text);
    expect(marked).toEqual(['القمة', 'الصينية']);
  });
  it('marks the plural a singular found, and not a name that merely looks like it', () => {
    const marked = highlight('استئناف المحادثات بين الوزراء في عمان والعمال', 'محادثة وزير عمال')
      .filter((part) => part.match)
      .map((part) => part.text);
    expect(marked).toEqual(['المحادثات', 'الوزراء', 'والعمال']);
  });
  it('cuts a snippet around the first match, without tags', () => {
    const parts = snippet(`<p>${'كلمة '.repeat(50)}</p><h2>موسكو</h2><p>${'نص '.repeat(50)}</p>`, 'موسكو');
    const text = parts.map((part) => part.text).join('');
    expect(parts.some((part) => part.match && part.text === 'موسكو')).toBe(true);
    expect(text.startsWith('… ')).toBe(true);
    expect(text).not.toContain('<');
  });
});
