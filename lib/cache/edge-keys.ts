import { cacheTags } from './tags';

// What an edge cache (Varnish's xkey, Fastly's Surrogate-Key, Cloudflare's
// Cache-Tag) files a public response under: the same tags as Next's data
// cache (./tags.ts), worked out from the URL, because the proxy sets them
// before the page renders. Every reader page shows the masthead, the section
// menu and the breaking strip. A story page's «أهم الأخبار» sidebar carries
// top-news, which every change to a public story invalidates (so its related
// stories, read from the story's section, follow too).

const FRAME = [cacheTags.settings, cacheTags.sections, cacheTags.breaking];

type Rule = { pattern: RegExp; keys: (match: RegExpMatchArray) => string[] };

const RULES: Rule[] = [
  { pattern: /^\/?$/, keys: () => [...FRAME, cacheTags.home, cacheTags.topNews] },
  // A live blog's entries endpoint and feed (lib/live-blog/paths.ts) before its page, whose pattern they match too.
  {
    pattern: /^\/news\/(\d+)\/live\.json$/,
    keys: ([, id]) => [cacheTags.live(Number(id)), cacheTags.article(Number(id))],
  },
  {
    pattern: /^\/news\/(\d+)\/rss\.xml$/,
    keys: ([, id]) => [cacheTags.settings, cacheTags.live(Number(id)), cacheTags.article(Number(id))],
  },
  {
    pattern: /^\/news\/(\d+)(\/[^/]*)?$/,
    keys: ([, id]) => [...FRAME, cacheTags.article(Number(id)), cacheTags.live(Number(id)), cacheTags.topNews],
  },
  { pattern: /^\/top\/rss\.xml$/, keys: () => [cacheTags.settings, cacheTags.feeds, cacheTags.topNews] },
  { pattern: /^\/top$/, keys: () => [...FRAME, cacheTags.topNews] },
  { pattern: /^\/rss\.xml$/, keys: () => [cacheTags.settings, cacheTags.feeds] },
  {
    pattern: /^\/section\/([^/]+)\/rss\.xml$/,
    keys: ([, slug]) => [cacheTags.settings, cacheTags.sections, cacheTags.feeds, cacheTags.section(slug)],
  },
  { pattern: /^\/section\/([^/]+)(\/page\/\d+)?$/, keys: ([, slug]) => [...FRAME, cacheTags.section(slug)] },
  { pattern: /^\/tag\/([^/]+)(\/page\/\d+)?$/, keys: ([, slug]) => [...FRAME, cacheTags.tag(slug)] },
  { pattern: /^\/author\/([^/]+)(\/page\/\d+)?$/, keys: ([, slug]) => [...FRAME, cacheTags.author(slug)] },
  { pattern: /^\/writers$/, keys: () => [...FRAME, cacheTags.writers, cacheTags.home] },
  // Search results can change with any public story, as «أهم الأخبار» does.
  { pattern: /^\/search$/, keys: () => [...FRAME, cacheTags.topNews] },
  { pattern: /^\/(sitemap\.xml|sitemaps\/.+)$/, keys: () => [cacheTags.feeds] },
  // Corrections are listed only for public stories: any public story's change may change the list.
  { pattern: /^\/corrections(\/page\/\d+)?$/, keys: () => [...FRAME, cacheTags.corrections, cacheTags.feeds] },
];

/**
 * The cache tags of a public path (percent-encoded, as requested; with or
 * without the /en prefix). Unknown paths (404 pages) get the frame: they show
 * it, and a story published later at that URL is found by its id anyway.
 */
export function edgeKeysFor(pathname: string): string[] {
  const path = decoded(pathname).replace(/^\/en(?=\/|$)/, '');
  for (const rule of RULES) {
    const match = path.match(rule.pattern);
    if (match) return rule.keys(match);
  }
  return FRAME;
}

/** One key as it travels in a header: tags hold Arabic slugs, headers hold ASCII, keys are space-separated. */
export const headerKey = (tag: string) => encodeURIComponent(tag);

export const edgeKeysHeader = (tags: string[]) => [...new Set(tags)].map(headerKey).join(' ');

function decoded(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
