import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/lib/sanitize';

describe('article body sanitiser', () => {
  it('keeps the editorial elements', () => {
    const html =
      '<h2>عنوان فرعي</h2><p>نص <strong>مهم</strong> و<em>مائل</em></p><blockquote>اقتباس</blockquote><ul><li>بند</li></ul>';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });
  it('drops scripts, event handlers and styles', () => {
    expect(sanitizeArticleHtml('<p onclick="x()">نص</p><script>alert(1)</script>')).toBe('<p>نص</p>');
    expect(sanitizeArticleHtml('<img src="https://example.com/a.jpg" onerror="alert(1)" style="x">')).toBe(
      '<img src="https://example.com/a.jpg" />',
    );
    expect(
      sanitizeArticleHtml('<svg><script>alert(1)</script></svg><iframe src="https://x"></iframe><style>p{}</style>'),
    ).toBe('');
  });
  it('drops javascript: and data: URLs, and protocol-relative ones', () => {
    expect(sanitizeArticleHtml('<a href="javascript:alert(1)">x</a>')).toBe(
      '<a rel="noopener noreferrer nofollow">x</a>',
    );
    expect(sanitizeArticleHtml('<a href="JaVaScRiPt&colon;alert(1)">x</a>')).not.toContain('javascript');
    expect(sanitizeArticleHtml('<img src="data:image/png;base64,AAA">')).toBe('<img />');
    expect(sanitizeArticleHtml('<a href="//evil.example">x</a>')).not.toContain('evil');
  });
  it('marks outgoing links', () => {
    expect(sanitizeArticleHtml('<a href="https://example.com">x</a>')).toBe(
      '<a href="https://example.com" rel="noopener noreferrer nofollow">x</a>',
    );
  });
  it('closes malformed nesting', () => {
    expect(sanitizeArticleHtml('<p><strong>نص</p>')).toBe('<p><strong>نص</strong></p>');
  });
});

describe('block direction', () => {
  it('keeps dir="auto|ltr|rtl" on list items, headings and quotes, and empties any other value', () => {
    expect(sanitizeArticleHtml('<ul><li dir="auto">English item</li><li dir="evil">x</li></ul>')).toBe(
      '<ul><li dir="auto">English item</li><li dir>x</li></ul>',
    );
    expect(sanitizeArticleHtml('<h2 dir="ltr">Title</h2><blockquote dir="rtl">قول</blockquote>')).toBe(
      '<h2 dir="ltr">Title</h2><blockquote dir="rtl">قول</blockquote>',
    );
    expect(sanitizeArticleHtml('<strong dir="ltr">x</strong>')).toBe('<strong>x</strong>');
  });
});
