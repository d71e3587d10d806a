// Every cache tag the portal uses, in one place. A reader query is tagged with
// what it reads; a write invalidates exactly the tags of what it changed:
//
//   publish / edit / unpublish article  → article(id), section(slug), author(slug),
//                                          tag(slug) for each tag, home, feeds,
//                                          topNews when it is pinned, breaking when flagged
//   pin / reorder / clear «أهم الأخبار» → topNews, home, feeds
//   rename / merge / delete a tag        → tag(slug) of each tag involved, article(id) of its stories
//   toggle breaking                      → breaking, home
//   edit masthead settings               → settings (every page shows the masthead)
//   create / rename / reorder / delete sections → sections (every reader read carries it)
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
