import { describe, expect, it } from 'vitest';
import { decodeSlug, slugify } from '@/lib/text/slug';
import { countWords, readingMinutes } from '@/lib/reading-time';
import { isolateLatinInHtml, splitLatinRuns } from '@/lib/bidi';
import { pageCount, parsePageParam } from '@/lib/pagination';

describe('slugify', () => {
  it('keeps Arabic words and joins them with dashes', () => {
    expect(slugify('القمة الصينية الروسية.. عقد الأسس لتحالف قوي في وجه التوترات العالمية')).toBe(
      'القمة-الصينية-الروسية-عقد-الأسس-لتحالف-قوي-في-وجه-التوترات-العالمية',
    );
  });
  it('drops diacritics, tatweel and punctuation', () => {
    expect(slugify('مُواتيـــة للسلام!')).toBe('مواتية-للسلام');
    expect(slugify('«عاجل»: البنك المركزي يرفع الفائدة؟')).toBe('عاجل-البنك-المركزي-يرفع-الفائدة');
  });
  it('lower-cases Latin and keeps digits', () => {
    expect(slugify('EGX30 يرتفع 3.5% في 2025')).toBe('egx30-يرتفع-3-5-في-2025');
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('كلمة '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((word) => word === 'كلمة')).toBe(true);
  });
  it('decodes percent-encoded slugs from URLs', () => {
    expect(decodeSlug(encodeURIComponent('القمة-الصينية'))).toBe('القمة-الصينية');
    expect(decodeSlug('%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('reading time', () => {
  it('counts words, not tags or punctuation', () => {
    expect(countWords('<h2>عنوان فرعي</h2><p>هذه جملة ، من خمس كلمات</p>')).toBe(7);
  });
  it('reads Arabic at 180 words a minute and never reports zero', () => {
    expect(readingMinutes(`<p>${'كلمة '.repeat(900)}</p>`, 'ar')).toBe(5);
    expect(readingMinutes('<p>قصير</p>', 'ar')).toBe(1);
    expect(readingMinutes(`<p>${'word '.repeat(460)}</p>`, 'en')).toBe(2);
  });
});

describe('bidi isolation', () => {
  it('splits Latin runs out of Arabic text', () => {
    expect(splitLatinRuns('أعلنت شركة OpenAI عن منصة ChatGPT 5 الجديدة')).toEqual([
      { text: 'أعلنت شركة ', latin: false },
      { text: 'OpenAI', latin: true },
      { text: ' عن منصة ', latin: false },
      { text: 'ChatGPT 5', latin: true },
      { text: ' الجديدة', latin: false },
    ]);
  });
  it('wraps Latin runs in HTML text but never touches tags or entities', () => {
    expect(isolateLatinInHtml('<p class="lead">منصة ChatGPT &amp; <a href="https://x.com">X</a></p>')).toBe(
      '<p class="lead">منصة <bdi>ChatGPT</bdi> &amp; <a href="https://x.com"><bdi>X</bdi></a></p>',
    );
  });
});

describe('page parameter', () => {
  it('accepts positive integers and treats absence as page 1', () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam('3')).toBe(3);
  });
  it('rejects malformed values', () => {
    for (const bad of ['0', '-1', '1.5', 'abc', '01', '9999999', '']) expect(parsePageParam(bad)).toBeNull();
    expect(parsePageParam(['1', '2'])).toBeNull();
  });
  it('counts pages, with at least one', () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageCount(25, 12)).toBe(3);
  });
});
