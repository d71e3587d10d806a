/**
 * What kind of piece a story is. Readers tell news from opinion at a glance by
 * it, and search engines by the JSON-LD type it maps to (lib/stories/genre.ts).
 */
export const ARTICLE_GENRES = ['news', 'analysis', 'opinion', 'interview', 'feature', 'explainer'] as const;
export type ArticleGenre = (typeof ARTICLE_GENRES)[number];
