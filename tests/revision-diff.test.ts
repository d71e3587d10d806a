import { describe, expect, it } from 'vitest';
import type { RevisionContent } from '@/db/queries/revisions';
import { revisionDiff, wordDiff } from '@/lib/revision-diff';

const content = (over: Partial<RevisionContent>): RevisionContent => ({
  title: 'عنوان',
  kicker: null,
  subtitle: null,
  excerpt: 'ملخص',
  body: '<p>نص</p>',
  slug: 'slug',
  sectionId: 1,
  authorId: null,
  leadImageId: null,
  leadImageCaption: null,
  leadImageAlt: null,
  seoTitle: null,
  seoDescription: null,
  tagNames: [],
  ...over,
});

describe('wordDiff', () => {
  it('marks whole Arabic words, not letters, as inserted and deleted', () => {
    expect(wordDiff('قال الوزير اليوم', 'قال الرئيس اليوم الكبير')).toEqual([
      { text: 'قال ', change: undefined },
      { text: 'الوزير', change: 'deleted' },
      { text: 'الرئيس', change: 'inserted' },
      { text: ' اليوم ', change: undefined },
      { text: 'الكبير', change: 'inserted' },
    ]);
  });
});

describe('revisionDiff', () => {
  it('compares the text of the sanitised body: entities decoded, blocks apart, scripts gone', () => {
    const older = content({ body: '<p>أ &amp; ب</p><p>ج</p>' });
    const newer = content({ body: '<p>أ &amp; ب</p><p>د</p><script>alert(1)</script>' });
    const [body, ...rest] = revisionDiff(older, newer);
    expect(rest).toEqual([]);
    expect(body.field).toBe('body');
    expect(body.parts.filter((part) => part.change)).toEqual([
      { text: 'ج', change: 'deleted' },
      { text: 'د', change: 'inserted' },
    ]);
    expect(body.parts.map((part) => part.text).join('')).not.toContain('alert');
    expect(body.parts[0].text).toBe('أ & ب ');
  });

  it('leaves out fields that did not change', () => {
    expect(revisionDiff(content({}), content({ body: '<p>نص</p>' }))).toEqual([]);
    expect(revisionDiff(content({}), content({ title: 'عنوان جديد' })).map((diff) => diff.field)).toEqual(['title']);
  });
});
