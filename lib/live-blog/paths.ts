// Beside the story's page (/news/<id>/<slug>): static segments that no slug can take (slugs have no dots).
export const liveEntriesPath = (articleId: number) => `/news/${articleId}/live.json`;
export const liveFeedPath = (articleId: number) => `/news/${articleId}/rss.xml`;
