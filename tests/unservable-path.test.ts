import { describe, expect, it } from 'vitest';
import { isUnservablePath, missingPagePath } from '@/lib/unservable-path';
import { slugify } from '@/lib/text/slug';

describe('paths no page has', () => {
  it('are those with a control character or a segment longer than any slug', () => {
    expect(isUnservablePath('/section/قبل\u0000بعد')).toBe(true);
    expect(isUnservablePath('/news/1/x\u001Fy')).toBe(true);
    expect(isUnservablePath(`/tag/${'ع'.repeat(201)}`)).toBe(true);
    expect(isUnservablePath(`/tag/${'ع'.repeat(200)}`)).toBe(false);
    expect(isUnservablePath(`/en/author/${'a'.repeat(300)}/page/2`)).toBe(true);
  });
  it('leave every slug the portal makes alone, however long its headline', () => {
    const headline = 'مجلس النواب يقر نهائيا قانون الإدارة المحلية تمهيدا لانتخابات المجالس الشعبية '.repeat(6);
    expect(isUnservablePath(`/news/123/${slugify(headline)}`)).toBe(false);
    expect(isUnservablePath('/section/world/page/2')).toBe(false);
    expect(isUnservablePath('/search')).toBe(false);
    expect(isUnservablePath('/')).toBe(false);
  });
  it('are answered by the 404 page of their edition', () => {
    expect(missingPagePath('/en/tag/x')).toBe('/en/missing');
    expect(missingPagePath('/en')).toBe('/en/missing');
    expect(missingPagePath('/english/x')).toBe('/ar/missing');
    expect(missingPagePath('/tag/x')).toBe('/ar/missing');
    expect(missingPagePath('/ar/tag/x')).toBe('/ar/missing');
  });
});
