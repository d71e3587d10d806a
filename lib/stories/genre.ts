import type { ArticleGenre } from '@/db/schema/genres';

export { ARTICLE_GENRES, type ArticleGenre } from '@/db/schema/genres';

/**
 * The schema.org type of a story of each genre. schema.org has NewsArticle
 * subtypes for opinion, analysis, reportage (our «تقرير»/feature) and
 * background (what an explainer gives); it has none for an interview, which
 * stays a plain NewsArticle, as news does.
 */
const SCHEMA_TYPES: Record<ArticleGenre, string> = {
  news: 'NewsArticle',
  analysis: 'AnalysisNewsArticle',
  opinion: 'OpinionNewsArticle',
  interview: 'NewsArticle',
  feature: 'ReportageNewsArticle',
  explainer: 'BackgroundNewsArticle',
};

export const genreSchemaType = (genre: ArticleGenre): string => SCHEMA_TYPES[genre] ?? 'NewsArticle';

/** Plain news is what a reader assumes: only the other genres carry a label. */
export const isLabelledGenre = (genre: ArticleGenre): boolean => genre !== 'news';
