// Every cache tag the portal uses, in one place. A reader query is tagged with
// what it reads; a write invalidates exactly the tags of what it changed (the
// table of which write touches which tags is in lib/cache/changes.ts).
export const cacheTags = {
  home: 'home',
  feeds: 'feeds',
  topNews: 'top-news',
  breaking: 'breaking',
  settings: 'settings',
  /** «الأكثر قراءة»: refreshed by its clock (MOST_READ_REFRESH_SECONDS), never by a view. */
  mostRead: 'most-read',
  /** «كتّاب الرأي»: the writers' names and photos (their latest pieces move with home). */
  writers: 'writers',
  sections: 'sections',
  /** The «تصحيحات» page and its feed. */
  corrections: 'corrections',
  article: (id: number) => `article:${id}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  /** A live blog's entries: its page, its entries endpoint and its feed. */
  live: (articleId: number) => `live:${articleId}`,
} as const;

/** Seconds a cached reader page may live without an invalidation: a safety net
 *  for the masthead date and for scheduled stories reaching their time. */
export const PAGE_REVALIDATE_SECONDS = 60;
