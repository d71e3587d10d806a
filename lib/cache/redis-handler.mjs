// Next's cache (ISR pages, route handlers, unstable_cache) shared by every
// worker through Redis, so an invalidation on one worker is seen by all.
// next.config.ts installs it only when REDIS_URL is set (and lib/env.ts has
// checked it: Next loads this file as it is, so it reads the variable itself); without it each
// process keeps Next's own cache, as a single `npm start` does.
// If Redis cannot be reached at start-up the worker keeps a private
// in-memory cache (and says so): pages stay up, invalidations stay local.
import { createClient } from '@redis/client';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { stampedAtRenderStart } from './render-start-stamps.mjs';

const shared = globalThis;

async function createHandlers() {
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
  client.on('error', (error) => console.error(`redis cache: ${error.message}`));
  try {
    await client.connect();
  } catch (error) {
    console.error(
      `redis cache: cannot connect to ${process.env.REDIS_URL} (${error.message}); using a private memory cache`,
    );
    return { handlers: [createLruHandler()] };
  }
  return { handlers: [sharedRedisHandler(client)] };
}

const KEY_PREFIX = 'portal:';
// The hash where the library keeps revalidation times and its `get` compares them (redis-strings.js).
const REVALIDATED_TAGS = `${KEY_PREFIX}__revalidated_tags__`;

/** The library's Redis handler, with entries stamped at the start of their render (render-start-stamps.mjs). */
export function sharedRedisHandler(client) {
  const timeoutMs = 1_000;
  return stampedAtRenderStart(createRedisHandler({ client, keyPrefix: KEY_PREFIX, timeoutMs }), async (tag, at) => {
    // With Redis down the library gives up at once; waiting out a timeout per tag would hold every save for seconds.
    if (!client.isReady) throw new Error('redis cache: not connected');
    await client.withAbortSignal(AbortSignal.timeout(timeoutMs)).hSet(REVALIDATED_TAGS, tag, at);
  });
}

// One Redis connection per process, whichever bundle asks first.
CacheHandler.onCreation(() => (shared.portalCacheHandlers ??= createHandlers()));

// The library files a rendered page under the tags its data carried, but not
// a route handler's response (feeds, sitemaps), whose tags Next passes the
// same way, in the x-next-cache-tags header: without them a feed would not
// follow its stories until its lifetime ran out.
class PortalCacheHandler extends CacheHandler {
  async set(key, value, ctx) {
    const tags = value?.kind === 'APP_ROUTE' ? value.headers?.['x-next-cache-tags'] : undefined;
    return super.set(key, value, typeof tags === 'string' ? { ...ctx, tags: tags.split(',') } : ctx);
  }
}

export default PortalCacheHandler;
