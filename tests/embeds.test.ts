import { describe, expect, it } from 'vitest';
import { parseEmbedUrl, validEmbed } from '@/lib/embeds/parse';
import { embedFrame, FRAME_ORIGINS } from '@/lib/embeds/providers';
import { sanitizeArticleHtml } from '@/lib/sanitize';

const YT = 'dQw4w9WgXcQ';

describe('parseEmbedUrl: real URL shapes', () => {
  it.each([
    [`https://youtu.be/${YT}`, 'youtube', YT, `https://www.youtube.com/watch?v=${YT}`],
    [`https://youtu.be/${YT}?si=abc123&t=42`, 'youtube', YT, `https://www.youtube.com/watch?v=${YT}`],
    [`https://www.youtube.com/watch?v=${YT}`, 'youtube', YT, `https://www.youtube.com/watch?v=${YT}`],
    [
      `https://www.youtube.com/watch?feature=share&v=${YT}&list=PL1&t=1m`,
      'youtube',
      YT,
      `https://www.youtube.com/watch?v=${YT}`,
    ],
    [`https://youtube.com/shorts/${YT}`, 'youtube', YT, `https://www.youtube.com/watch?v=${YT}`],
    [`https://www.youtube.com/embed/${YT}`, 'youtube', YT, `https://www.youtube.com/watch?v=${YT}`],
    [`https://www.youtube.com/live/${YT}?feature=shared`, 'youtube', YT, `https://www.youtube.com/watch?v=${YT}`],
    [`https://m.youtube.com/watch?v=${YT}#t=10`, 'youtube', YT, `https://www.youtube.com/watch?v=${YT}`],
    [`https://www.youtube-nocookie.com/embed/${YT}`, 'youtube', YT, `https://www.youtube.com/watch?v=${YT}`],
    [
      'https://x.com/AlArabiya/status/1790000000000000001',
      'x',
      '1790000000000000001',
      'https://x.com/AlArabiya/status/1790000000000000001',
    ],
    [
      'https://twitter.com/AlArabiya/status/1790000000000000001?s=20&t=abc',
      'x',
      '1790000000000000001',
      'https://x.com/AlArabiya/status/1790000000000000001',
    ],
    ['https://mobile.twitter.com/a_b/status/20/photo/1', 'x', '20', 'https://x.com/a_b/status/20'],
    [
      'https://x.com/i/web/status/1790000000000000001',
      'x',
      '1790000000000000001',
      'https://x.com/i/status/1790000000000000001',
    ],
    [
      'https://www.instagram.com/p/C5xYz_AbC-1/',
      'instagram',
      'C5xYz_AbC-1',
      'https://www.instagram.com/p/C5xYz_AbC-1/',
    ],
    [
      'https://instagram.com/reel/C5xYz_AbC-1?igsh=MWQ1',
      'instagram',
      'C5xYz_AbC-1',
      'https://www.instagram.com/p/C5xYz_AbC-1/',
    ],
    [
      'https://www.instagram.com/someone/p/C5xYz_AbC-1/',
      'instagram',
      'C5xYz_AbC-1',
      'https://www.instagram.com/p/C5xYz_AbC-1/',
    ],
    [
      'https://www.facebook.com/AlJazeera/posts/10161234567890123',
      'facebook',
      'AlJazeera/posts/10161234567890123',
      'https://www.facebook.com/AlJazeera/posts/10161234567890123',
    ],
    [
      'https://m.facebook.com/bbc.arabic/posts/pfbid02abcDEFghiJKLmnoPQRstuVWX?ref=share',
      'facebook',
      'bbc.arabic/posts/pfbid02abcDEFghiJKLmnoPQRstuVWX',
      'https://www.facebook.com/bbc.arabic/posts/pfbid02abcDEFghiJKLmnoPQRstuVWX',
    ],
    [
      'https://www.facebook.com/AlJazeera/videos/1234567890/',
      'facebook',
      'AlJazeera/videos/1234567890',
      'https://www.facebook.com/AlJazeera/videos/1234567890',
    ],
    [
      'https://www.facebook.com/reel/987654321',
      'facebook',
      'reel/987654321',
      'https://www.facebook.com/reel/987654321',
    ],
    [
      'https://www.tiktok.com/@news.ar/video/7301234567890123456?is_from_webapp=1',
      'tiktok',
      '7301234567890123456',
      'https://www.tiktok.com/@news.ar/video/7301234567890123456',
    ],
    [
      'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk?si=x',
      'spotify',
      'episode/4rOoJ6Egrf8K2IrywzwOMk',
      'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk',
    ],
    [
      'https://open.spotify.com/intl-ar/show/4rOoJ6Egrf8K2IrywzwOMk',
      'spotify',
      'show/4rOoJ6Egrf8K2IrywzwOMk',
      'https://open.spotify.com/show/4rOoJ6Egrf8K2IrywzwOMk',
    ],
    [
      'https://podcasts.apple.com/eg/podcast/%D8%A8%D9%88%D8%AF%D9%83%D8%A7%D8%B3%D8%AA/id1200361736?i=1000650000000',
      'apple-podcasts',
      'eg/1200361736/1000650000000',
      'https://podcasts.apple.com/eg/podcast/id1200361736?i=1000650000000',
    ],
    [
      'https://podcasts.apple.com/us/podcast/id1200361736',
      'apple-podcasts',
      'us/1200361736',
      'https://podcasts.apple.com/us/podcast/id1200361736',
    ],
    [
      'https://soundcloud.com/news-desk/episode-12?utm_source=x',
      'soundcloud',
      'news-desk/episode-12',
      'https://soundcloud.com/news-desk/episode-12',
    ],
    [`  https://youtu.be/${YT}\n`, 'youtube', YT, `https://www.youtube.com/watch?v=${YT}`],
  ])('%s', (input, provider, id, url) => {
    expect(parseEmbedUrl(input)).toEqual({ provider, id, url });
  });
});

describe('parseEmbedUrl: hostile and unsupported links stay plain links', () => {
  it.each([
    'javascript:alert(1)//https://youtu.be/dQw4w9WgXcQ',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    `http://youtu.be/${YT}`,
    `http://www.youtube.com/watch?v=${YT}`,
    `//youtu.be/${YT}`,
    `youtu.be/${YT}`,
    `https://youtube.com.evil.example/watch?v=${YT}`,
    `https://evil-youtube.com/watch?v=${YT}`,
    `https://www.youtube.com.@evil.example/watch?v=${YT}`,
    `https://youtube.com@evil.example/watch?v=${YT}`,
    `https://user:pass@www.youtube.com/watch?v=${YT}`,
    `https://www.youtube.com:8443/watch?v=${YT}`,
    `https://youtube.com./watch?v=${YT}`,
    `https://xn--yutube-wqf.com/watch?v=${YT}`,
    `https://www.youtube.com/watch?v=${YT}A`,
    `https://www.youtube.com/watch?v=${YT.slice(0, 10)}`,
    `https://www.youtube.com/watch?v=dQw4w9WgX%22`,
    `https://www.youtube.com/watch?v=${'a'.repeat(5000)}`,
    `https://www.youtube.com/${YT}`,
    `https://www.youtube.com/channel/UC${YT}`,
    `https://www.youtube.com/shorts/${YT}/extra`,
    'https://x.com/AlArabiya',
    'https://x.com/AlArabiya/status/abc',
    `https://x.com/AlArabiya/status/${'1'.repeat(21)}`,
    'https://x.com/a-very-long-user-name-here/status/1',
    'https://x.co/AlArabiya/status/1',
    'https://twitter.com.evil.example/a/status/1',
    'https://www.instagram.com/someone/',
    'https://www.instagram.com/p/abc/',
    'https://www.instagram.com/p/' + 'a'.repeat(41),
    'https://www.facebook.com/AlJazeera',
    'https://www.facebook.com/sharer/sharer.php?u=https://evil.example',
    'https://www.facebook.com/AlJazeera/posts/<script>',
    'https://www.tiktok.com/@news/video/123',
    'https://www.tiktok.com/news/video/7301234567890123456',
    'https://open.spotify.com/track/4rOoJ6Egrf8K2IrywzwOMk',
    'https://open.spotify.com/episode/short',
    'https://podcasts.apple.com/us/podcast/id1200361736?i=abc',
    'https://podcasts.apple.com/usa/podcast/id1200361736',
    'https://soundcloud.com/discover/sets',
    'https://soundcloud.com/news-desk/sets',
    'https://soundcloud.com/News-Desk/Episode',
    'https://example.com/watch?v=dQw4w9WgXcQ',
    'not a url',
    '',
  ])('%s', (input) => {
    expect(parseEmbedUrl(input)).toBeNull();
  });
});

describe('validEmbed', () => {
  it('accepts a stored block only when its URL parses to the provider and id it claims', () => {
    const url = `https://youtu.be/${YT}?si=tracking`;
    expect(validEmbed('youtube', YT, url)).toEqual({
      provider: 'youtube',
      id: YT,
      url: `https://www.youtube.com/watch?v=${YT}`,
    });
    expect(validEmbed('youtube', 'aaaaaaaaaaa', url)).toBeNull();
    expect(validEmbed('vimeo', YT, url)).toBeNull();
    expect(validEmbed('x', YT, url)).toBeNull();
    expect(validEmbed('youtube', YT, undefined)).toBeNull();
  });
});

describe('embedFrame', () => {
  it('loads each provider from its own frame origin, and only from one the CSP lists', () => {
    const frames = [
      embedFrame('youtube', YT),
      embedFrame('x', '20'),
      embedFrame('instagram', 'C5xYz_AbC-1'),
      embedFrame('facebook', 'AlJazeera/posts/1'),
      embedFrame('facebook', 'AlJazeera/videos/1'),
      embedFrame('tiktok', '7301234567890123456'),
      embedFrame('spotify', 'episode/4rOoJ6Egrf8K2IrywzwOMk'),
      embedFrame('apple-podcasts', 'eg/1200361736/1000650000000'),
      embedFrame('soundcloud', 'news-desk/episode-12'),
    ];
    expect(frames[0].src).toBe(`https://www.youtube-nocookie.com/embed/${YT}?autoplay=1&rel=0`);
    expect(frames[3].src).toBe(
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2FAlJazeera%2Fposts%2F1',
    );
    expect(frames[4].src).toContain('/plugins/video.php?href=');
    expect(frames[7].src).toBe('https://embed.podcasts.apple.com/eg/podcast/id1200361736?i=1000650000000');
    for (const frame of frames) expect(FRAME_ORIGINS).toContain(new URL(frame.src).origin);
  });
});

describe('sanitizeArticleHtml: embed blocks', () => {
  const block = (provider: string, id: string, url: string, extra = '') =>
    `<figure data-embed="${provider}" data-embed-id="${id}" data-embed-url="${url}"${extra}><a href="${url}">${url}</a></figure>`;

  it('keeps a well-formed block, with its URL rebuilt from the id', () => {
    expect(sanitizeArticleHtml(block('youtube', YT, `https://youtu.be/${YT}?si=track`))).toBe(
      `<figure data-embed="youtube" data-embed-id="${YT}" data-embed-url="https://www.youtube.com/watch?v=${YT}">` +
        `<a href="https://youtu.be/${YT}?si=track" rel="noopener noreferrer nofollow">https://youtu.be/${YT}?si=track</a></figure>`,
    );
  });
  it('drops attributes that are not the block’s own', () => {
    const html = sanitizeArticleHtml(
      block('youtube', YT, `https://youtu.be/${YT}`, ' onclick="x()" data-src="https://evil.example" style="x"'),
    );
    expect(html).toMatch(/^<figure data-embed="youtube" data-embed-id="dQw4w9WgXcQ" data-embed-url="[^"]+"><a /);
    expect(html).not.toMatch(/onclick|evil|style/);
  });
  it('turns a block that does not re-validate into its plain link', () => {
    for (const [provider, id, url] of [
      ['youtube', 'aaaaaaaaaaa', `https://youtu.be/${YT}`], // id not the URL's
      ['vimeo', '123', 'https://vimeo.com/123'], // not on the allow-list
      ['youtube', YT, `https://youtube.com.evil.example/watch?v=${YT}`],
      ['youtube', YT, `javascript:alert(1)`],
      ['x', '1', 'http://x.com/a/status/1'],
    ]) {
      const html = sanitizeArticleHtml(block(provider, id, url));
      expect(html, url).toMatch(/^<p>(<a [^>]*>[^<]*<\/a>|[^<]*)<\/p>$/);
      expect(html).not.toContain('data-embed');
      expect(html).not.toContain('href="javascript');
    }
    expect(sanitizeArticleHtml('<figure data-embed="youtube"><a href="https://example.com">x</a></figure>')).toBe(
      '<p><a href="https://example.com" rel="noopener noreferrer nofollow">x</a></p>',
    );
  });
  it('never lets an iframe or script through, whatever the figure says', () => {
    const html = sanitizeArticleHtml(
      `<figure data-embed="youtube" data-embed-id="${YT}" data-embed-url="https://youtu.be/${YT}"><iframe src="https://evil.example"></iframe><script>alert(1)</script></figure>`,
    );
    expect(html).not.toMatch(/iframe|script|evil/);
  });
});

describe('sanitizeArticleHtml: gallery blocks', () => {
  it('keeps the gallery marker, pictures, captions and credits', () => {
    const html =
      '<figure data-gallery=""><figure><img src="/demo/summit.webp" alt="قاعة" width="1200" height="675" />' +
      '<figcaption>القمة <small>أرشيف البوابة</small></figcaption></figure></figure>';
    expect(sanitizeArticleHtml(html)).toBe(html.replace('data-gallery=""', 'data-gallery'));
  });
  it('reduces the marker to a bare attribute and strips what a gallery may not carry', () => {
    const html = sanitizeArticleHtml(
      '<figure data-gallery="javascript:x" class="x" onclick="y()"><figure data-embed-x="1"><img src="javascript:alert(1)" alt="a" onerror="z()" />' +
        '<img src="data:image/png;base64,AAA" alt="b" /><figcaption><script>alert(1)</script>نص<small onclick="q()">c</small></figcaption></figure></figure>',
    );
    expect(html).toBe(
      '<figure data-gallery><figure><img alt="a" /><img alt="b" /><figcaption>نص<small>c</small></figcaption></figure></figure>',
    );
  });
});

describe('the CSP frame-src', () => {
  it('lists exactly the embed providers’ frame origins, on reader and admin pages', async () => {
    const { pageSecurityHeaders } = await import('@/lib/security-headers');
    const frameSrc = (policy: string) =>
      policy
        .split('; ')
        .find((directive) => directive.startsWith('frame-src '))
        ?.split(' ')
        .slice(1);
    const expected = [
      'https://www.youtube-nocookie.com',
      'https://platform.twitter.com',
      'https://www.instagram.com',
      'https://www.facebook.com',
      'https://www.tiktok.com',
      'https://open.spotify.com',
      'https://embed.podcasts.apple.com',
      'https://w.soundcloud.com',
    ];
    expect(frameSrc(pageSecurityHeaders(undefined, 'https://news.example')['Content-Security-Policy'])).toEqual(
      expected,
    );
    expect(frameSrc(pageSecurityHeaders('bm9uY2U=', 'https://news.example')['Content-Security-Policy'])).toEqual(
      expected,
    );
  });
});
