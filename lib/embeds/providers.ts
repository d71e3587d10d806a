// The allow-list of embed providers: which page URLs become an embed, and the
// one frame each may load. A provider not listed here is a plain link; the CSP's
// frame-src (lib/security-headers.ts) is built from FRAME_ORIGINS, so a frame
// the policy lets in and a frame the page asks for cannot drift apart.

export const EMBED_PROVIDERS = [
  'youtube',
  'x',
  'instagram',
  'facebook',
  'tiktok',
  'spotify',
  'apple-podcasts',
  'soundcloud',
] as const;

export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

/** How the frame is sized: a 16:9 player, a portrait post, a social post of its own height, an audio strip. */
export type EmbedShape = 'video' | 'portrait' | 'post' | 'audio';

type ProviderFrame = { origin: string; shape: EmbedShape; src: (id: string) => string };

// Privacy-enhanced hosts where a provider has one (YouTube's nocookie player, X's do-not-track flag).
const FRAMES: Record<EmbedProvider, ProviderFrame> = {
  youtube: {
    origin: 'https://www.youtube-nocookie.com',
    shape: 'video',
    src: (id) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`,
  },
  x: {
    origin: 'https://platform.twitter.com',
    shape: 'post',
    src: (id) => `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`,
  },
  instagram: {
    origin: 'https://www.instagram.com',
    shape: 'portrait',
    src: (id) => `https://www.instagram.com/p/${id}/embed/`,
  },
  facebook: {
    origin: 'https://www.facebook.com',
    shape: 'post',
    src: (id) =>
      `https://www.facebook.com/plugins/${id.includes('/posts/') ? 'post' : 'video'}.php?href=${encodeURIComponent(
        `https://www.facebook.com/${id}`,
      )}`,
  },
  tiktok: {
    origin: 'https://www.tiktok.com',
    shape: 'portrait',
    src: (id) => `https://www.tiktok.com/embed/v2/${id}`,
  },
  spotify: {
    origin: 'https://open.spotify.com',
    shape: 'audio',
    src: (id) => `https://open.spotify.com/embed/${id}`,
  },
  'apple-podcasts': {
    origin: 'https://embed.podcasts.apple.com',
    shape: 'audio',
    src: (id) => {
      const [country, show, episode] = id.split('/');
      return `https://embed.podcasts.apple.com/${country}/podcast/id${show}${episode ? `?i=${episode}` : ''}`;
    },
  },
  soundcloud: {
    origin: 'https://w.soundcloud.com',
    shape: 'audio',
    src: (id) => `https://w.soundcloud.com/player/?url=${encodeURIComponent(`https://soundcloud.com/${id}`)}`,
  },
};

export const FRAME_ORIGINS: readonly string[] = EMBED_PROVIDERS.map((provider) => FRAMES[provider].origin);

export function isEmbedProvider(value: string): value is EmbedProvider {
  return (EMBED_PROVIDERS as readonly string[]).includes(value);
}

/** The frame a reader's click loads; `id` must come from parseEmbedUrl. */
export function embedFrame(provider: EmbedProvider, id: string): { src: string; shape: EmbedShape } {
  return { src: FRAMES[provider].src(id), shape: FRAMES[provider].shape };
}
