// Every cache tag the portal uses, in one place. A reader query is tagged with
// what it reads; a write invalidates exactly the tags of what it changed (the
// table of which write touches which tags is in lib/cache/changes.ts).
export const cacheTags = {
  home: 'home',
  feeds: 'feeds',
  topNews: 'top-news',
  breaking: 'breaking',
  settings: 'settings',
  sections: 'sections',
  article: (id: number) => `article:${id}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
} as const;

/** Seconds a cached reader page may live without an invalidation: a safety net
 *  for the masthead date and for scheduled stories reaching their time. */
export const PAGE_REVALIDATE_SECONDS = 60;
