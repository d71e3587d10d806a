import { describe, expect, it } from 'vitest';
import { pageQueryRedirect } from '@/lib/page-query';

const redirect = (path: string) => pageQueryRedirect(new URL(path, 'https://news.example'))?.toString();

describe('?page=N on listings', () => {
  it('sends later pages to their path and page 1 to the listing', () => {
    expect(redirect('/section/world?page=3')).toBe('https://news.example/section/world/page/3');
    expect(redirect('/en/tag/china/?page=1')).toBe('https://news.example/en/tag/china');
    expect(redirect('/author/newsroom?page=2&utm=x')).toBe('https://news.example/author/newsroom/page/2?utm=x');
  });
  it('keeps percent-encoded Arabic slugs and escapes the page value', () => {
    expect(redirect('/tag/%D8%A7%D9%84%D8%B5%D9%8A%D9%86?page=2')).toBe(
      'https://news.example/tag/%D8%A7%D9%84%D8%B5%D9%8A%D9%86/page/2',
    );
    expect(redirect('/section/world?page=../x')).toBe('https://news.example/section/world/page/..%2Fx');
    expect(redirect('/section/world?page=')).toBe('https://news.example/section/world/page/0');
  });
  it('leaves other pages and queries alone', () => {
    expect(redirect('/search?q=x&page=2')).toBeUndefined();
    expect(redirect('/section/world/page/2?page=3')).toBeUndefined();
    expect(redirect('/section/world')).toBeUndefined();
  });
});
