import { isEmbedProvider, type EmbedProvider } from './providers';

// One pure parser decides what is an embed, in the editor (on paste), in the
// sanitizer (on save and on render) and in the body splitter: a link becomes
// an embed only when its host is exactly one of a provider's and its path is
// one of that provider's real shapes. The id is the part the frame needs, each
// checked against its own pattern and length; the URL kept is rebuilt from it,
// so nothing of the pasted link beyond the id (tracking parameters, userinfo,
// fragments) reaches the page.

export type Embed = { provider: EmbedProvider; id: string; url: string };

type Match = { id: string; url: string } | null;

const MAX_URL_LENGTH = 2048;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const X_USER = /^[A-Za-z0-9_]{1,15}$/;
const DIGITS = (min: number, max: number) => new RegExp(`^\\d{${min},${max}}$`);
const X_STATUS = DIGITS(1, 20);
const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{5,40}$/;
const FACEBOOK_PAGE = /^[A-Za-z0-9.]{1,50}$/;
const FACEBOOK_POST = /^(?:\d{1,25}|pfbid[A-Za-z0-9]{20,80})$/;
const FACEBOOK_VIDEO = DIGITS(1, 25);
const TIKTOK_USER = /^@[A-Za-z0-9_.]{2,24}$/;
const TIKTOK_VIDEO = DIGITS(10, 25);
const SPOTIFY_ID = /^[A-Za-z0-9]{22}$/;
const APPLE_COUNTRY = /^[a-z]{2}$/;
const APPLE_SHOW = /^id(\d{1,12})$/;
const APPLE_EPISODE = DIGITS(1, 20);
const SOUNDCLOUD_SLUG = /^[a-z0-9_-]{1,100}$/;
const SOUNDCLOUD_NOT_USERS = new Set(['discover', 'search', 'stream', 'you', 'upload', 'charts', 'pages', 'settings']);
const SOUNDCLOUD_NOT_TRACKS = new Set([
  'sets',
  'likes',
  'tracks',
  'albums',
  'reposts',
  'followers',
  'following',
  'popular-tracks',
  'comments',
]);

type Rule = { hosts: readonly string[]; match: (segments: string[], query: URLSearchParams, host: string) => Match };

const RULES: Record<EmbedProvider, Rule> = {
  youtube: {
    hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com'],
    match: (segments, query, host) => {
      const [first, second] = segments;
      let id: string | null = null;
      if (host === 'youtu.be') id = segments.length === 1 ? first : null;
      else if (segments.length === 1 && first === 'watch') id = query.get('v');
      else if (segments.length === 2 && ['shorts', 'embed', 'live'].includes(first)) id = second;
      return id && YOUTUBE_ID.test(id) ? { id, url: `https://www.youtube.com/watch?v=${id}` } : null;
    },
  },
  x: {
    hosts: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
    match: (segments) => {
      const [user, status, id, media, index] = segments;
      const web = user === 'i' && status === 'web' && segments.length === 4;
      if (web)
        return X_STATUS.test(segments[3]) ? { id: segments[3], url: `https://x.com/i/status/${segments[3]}` } : null;
      const photo = segments.length === 5 && ['photo', 'video'].includes(media) && /^[1-4]$/.test(index);
      if (!(segments.length === 3 || photo) || status !== 'status') return null;
      return X_USER.test(user) && X_STATUS.test(id) ? { id, url: `https://x.com/${user}/status/${id}` } : null;
    },
  },
  instagram: {
    hosts: ['instagram.com', 'www.instagram.com'],
    match: (segments) => {
      // /p/<code>/, /reel/<code>/, /tv/<code>/, and the newer /<user>/p/<code>/.
      const [kind, code] = segments.length === 3 ? segments.slice(1) : segments;
      if (segments.length < 2 || segments.length > 3 || !['p', 'reel', 'reels', 'tv'].includes(kind)) return null;
      return INSTAGRAM_CODE.test(code) ? { id: code, url: `https://www.instagram.com/p/${code}/` } : null;
    },
  },
  facebook: {
    hosts: ['facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com'],
    match: (segments) => {
      const [page, kind, item] = segments;
      let id: string | null = null;
      if (segments.length === 2 && page === 'reel' && FACEBOOK_VIDEO.test(kind)) id = `reel/${kind}`;
      else if (segments.length === 3 && FACEBOOK_PAGE.test(page) && !page.includes('..')) {
        if (kind === 'posts' && FACEBOOK_POST.test(item)) id = `${page}/posts/${item}`;
        if (kind === 'videos' && FACEBOOK_VIDEO.test(item)) id = `${page}/videos/${item}`;
      }
      return id ? { id, url: `https://www.facebook.com/${id}` } : null;
    },
  },
  tiktok: {
    hosts: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com'],
    match: (segments) => {
      const [user, kind, id] = segments;
      if (segments.length !== 3 || kind !== 'video' || !TIKTOK_USER.test(user) || !TIKTOK_VIDEO.test(id)) return null;
      return { id, url: `https://www.tiktok.com/${user}/video/${id}` };
    },
  },
  spotify: {
    hosts: ['open.spotify.com'],
    match: (segments) => {
      // An optional /intl-<lang>/ prefix, then /episode/<id> or /show/<id>.
      const rest = segments[0]?.startsWith('intl-') ? segments.slice(1) : segments;
      const [kind, id] = rest;
      if (rest.length !== 2 || !['episode', 'show'].includes(kind) || !SPOTIFY_ID.test(id)) return null;
      return { id: `${kind}/${id}`, url: `https://open.spotify.com/${kind}/${id}` };
    },
  },
  'apple-podcasts': {
    hosts: ['podcasts.apple.com'],
    match: (segments, query) => {
      // /<country>/podcast/<slug>/id<show>[?i=<episode>]; the slug is optional and not kept.
      const [country, kind] = segments;
      const show = APPLE_SHOW.exec(segments[segments.length - 1] ?? '')?.[1];
      if (segments.length < 3 || segments.length > 4 || kind !== 'podcast' || !APPLE_COUNTRY.test(country) || !show)
        return null;
      const episode = query.get('i');
      if (episode !== null && !APPLE_EPISODE.test(episode)) return null;
      return {
        id: [country, show, ...(episode ? [episode] : [])].join('/'),
        url: `https://podcasts.apple.com/${country}/podcast/id${show}${episode ? `?i=${episode}` : ''}`,
      };
    },
  },
  soundcloud: {
    hosts: ['soundcloud.com', 'www.soundcloud.com', 'm.soundcloud.com'],
    match: (segments) => {
      const [user, track] = segments;
      if (segments.length !== 2 || !SOUNDCLOUD_SLUG.test(user) || !SOUNDCLOUD_SLUG.test(track)) return null;
      if (SOUNDCLOUD_NOT_USERS.has(user) || SOUNDCLOUD_NOT_TRACKS.has(track)) return null;
      return { id: `${user}/${track}`, url: `https://soundcloud.com/${user}/${track}` };
    },
  },
};

/** The embed a pasted or stored link stands for, or null: it stays a plain link. */
export function parseEmbedUrl(input: string): Embed | null {
  const text = input.trim();
  if (text.length > MAX_URL_LENGTH || !URL.canParse(text)) return null;
  const url = new URL(text);
  // Only https, on the default port, with no userinfo: "https://youtube.com@evil.example" names evil.example.
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  for (const [provider, rule] of Object.entries(RULES) as [EmbedProvider, Rule][]) {
    if (!rule.hosts.includes(url.hostname)) continue;
    const found = rule.match(segments, url.searchParams, url.hostname);
    return found && { provider, ...found };
  }
  return null;
}

/**
 * A stored block re-validated: its URL must parse to the very provider and id
 * it claims. Returns the block with its URL rebuilt, or null (a plain link).
 */
export function validEmbed(
  provider: string | undefined,
  id: string | undefined,
  url: string | undefined,
): Embed | null {
  if (!provider || !id || !url || !isEmbedProvider(provider)) return null;
  const parsed = parseEmbedUrl(url);
  return parsed && parsed.provider === provider && parsed.id === id ? parsed : null;
}
