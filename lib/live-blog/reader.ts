import 'server-only';
import { cached } from '@/lib/cache/reader';
import { cacheTags } from '@/lib/cache/tags';
import { publicLiveBlog } from '@/db/queries/live';

/**
 * A public story's live blog, through Next's data cache: read by its page, its entries endpoint and its feed,
 * so a crowd polling the endpoint costs no query until an entry changes (live) or the story does (article).
 */
export const getLiveBlog = cached(
  'live-blog',
  ([id]) => [cacheTags.live(id), cacheTags.article(id)],
  (id: number) => publicLiveBlog(id, Date.now()),
);
