// Types for the tests; Next loads redis-handler.mjs itself.
import type { createClient } from '@redis/client';

type Entry = { lastModified: number; lifespan: null | object; tags: readonly string[]; value: unknown };

export type SharedHandler = {
  get(key: string, meta: { implicitTags: string[] }): Promise<Entry | null>;
  set(key: string, entry: Entry, ctx: object): Promise<void>;
  revalidateTag(tag: string): Promise<void>;
};

export function sharedRedisHandler(client: ReturnType<typeof createClient>): SharedHandler;

declare const PortalCacheHandler: unknown;
export default PortalCacheHandler;
