import { describe, expect, it } from 'vitest';
import { splitBody } from '@/lib/body-blocks';
import { sanitizeArticleHtml } from '@/lib/sanitize';

const YT = 'dQw4w9WgXcQ';
const EMBED = `<figure data-embed="youtube" data-embed-id="${YT}" data-embed-url="https://www.youtube.com/watch?v=${YT}"><a href="https://www.youtube.com/watch?v=${YT}">كلمة الوزير &amp; الرد</a></figure>`;
const picture = (src: string, caption = '', credit = '') =>
  `<figure><img src="${src}" alt="وصف ${src}" width="1200" height="675" />${
    caption || credit ? `<figcaption>${caption}${credit ? ` <small>${credit}</small>` : ''}</figcaption>` : ''
  }</figure>`;

describe('splitBody', () => {
  it('returns a body without blocks as one chunk, byte for byte', () => {
    const html = '<p>أول <strong>فقرة</strong></p>\n<h2 dir="auto">عنوان</h2><ul><li dir="auto">بند</li></ul><br />';
    expect(splitBody(html)).toEqual([{ kind: 'html', html }]);
    expect(splitBody('')).toEqual([]);
  });

  it('cuts embeds and galleries out, in order, between the HTML around them', () => {
    const gallery = `<figure data-gallery>${picture('/demo/a.webp', 'الأولى', 'أرشيف')}${picture('/demo/b.webp')}</figure>`;
    const blocks = splitBody(`<p>قبل</p>${EMBED}<p>بين</p>\n${gallery}<p>بعد</p>`);
    expect(blocks).toEqual([
      { kind: 'html', html: '<p>قبل</p>' },
      {
        kind: 'embed',
        provider: 'youtube',
        id: YT,
        url: `https://www.youtube.com/watch?v=${YT}`,
        title: 'كلمة الوزير & الرد',
      },
      { kind: 'html', html: '<p>بين</p>\n' },
      {
        kind: 'gallery',
        pictures: [
          {
            src: '/demo/a.webp',
            alt: 'وصف /demo/a.webp',
            width: 1200,
            height: 675,
            caption: 'الأولى',
            credit: 'أرشيف',
          },
          { src: '/demo/b.webp', alt: 'وصف /demo/b.webp', width: 1200, height: 675, caption: '', credit: '' },
        ],
      },
      { kind: 'html', html: '<p>بعد</p>' },
    ]);
  });

  it('falls back to the link when an embed has no text, and to HTML when a block does not re-validate', () => {
    const bare = `<figure data-embed="youtube" data-embed-id="${YT}" data-embed-url="https://youtu.be/${YT}"></figure>`;
    expect(splitBody(bare)).toEqual([
      {
        kind: 'embed',
        provider: 'youtube',
        id: YT,
        url: `https://www.youtube.com/watch?v=${YT}`,
        title: `https://www.youtube.com/watch?v=${YT}`,
      },
    ]);
    const forged = `<figure data-embed="youtube" data-embed-id="aaaaaaaaaaa" data-embed-url="https://youtu.be/${YT}"><a href="#">x</a></figure>`;
    expect(splitBody(forged)).toEqual([{ kind: 'html', html: forged }]);
  });

  it('keeps galleries with no usable picture, and blocks nested in other blocks, as HTML', () => {
    const empty = '<figure data-gallery><figure><img src="/demo/a.webp" alt="x" /></figure><p>نص</p></figure>';
    expect(splitBody(empty)).toEqual([{ kind: 'html', html: empty }]);
    const nested = `<blockquote>${EMBED}</blockquote>`;
    expect(splitBody(nested)).toEqual([{ kind: 'html', html: nested }]);
    const unsized = '<figure><img src="/demo/a.webp" alt="x" /><figcaption>ت</figcaption></figure>';
    expect(splitBody(unsized)).toEqual([{ kind: 'html', html: unsized }]);
  });

  it('makes a top-level picture figure (the body upload) a block with its caption and credit', () => {
    const src = `/media/${'a'.repeat(24)}-1600.webp`;
    const stored = `<p>قبل</p>${picture(src, 'الوزير &amp; الوفد', 'رويترز')}<p>بعد</p>`;
    const blocks = splitBody(sanitizeArticleHtml(stored));
    expect(blocks.map((block) => block.kind)).toEqual(['html', 'figure', 'html']);
    expect(blocks[1]).toEqual({
      kind: 'figure',
      picture: {
        src,
        alt: `وصف ${src}`,
        width: 1200,
        height: 675,
        caption: 'الوزير & الوفد',
        credit: 'رويترز',
      },
    });
    const bare = '<figure><img src="/demo/a.webp" alt="x" width="1" height="1" /></figure>';
    expect(splitBody(bare)).toEqual([
      { kind: 'figure', picture: { src: '/demo/a.webp', alt: 'x', width: 1, height: 1, caption: '', credit: '' } },
    ]);
  });

  it('skips a gallery picture without a source or size, keeping the others', () => {
    const gallery = `<figure data-gallery><figure><img alt="no source" width="1" height="1" /></figure>${picture('/demo/c.webp', 'ج')}</figure>`;
    const [block] = splitBody(gallery);
    expect(block).toMatchObject({ kind: 'gallery', pictures: [{ src: '/demo/c.webp', caption: 'ج' }] });
  });

  it('sees only what the sanitizer kept: an embed forged past it is a link', () => {
    const stored = `<figure data-embed="youtube" data-embed-id="${YT}" data-embed-url="https://youtube.com.evil.example/watch?v=${YT}"><a href="https://evil.example">شاهد</a></figure>`;
    const blocks = splitBody(sanitizeArticleHtml(stored));
    expect(blocks).toEqual([
      { kind: 'html', html: '<p><a href="https://evil.example" rel="noopener noreferrer nofollow">شاهد</a></p>' },
    ]);
  });
});
