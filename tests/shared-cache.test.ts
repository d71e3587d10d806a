// The Redis-shared cache of several workers (lib/cache/redis-handler.mjs)
// against a real redis-server on a loopback port: a page whose render began
// before an editor's save must not be served after it, however late it is stored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedRedisHandler } from '@/lib/cache/redis-handler.mjs';
import { freePort } from '../scripts/support/ports';
import { startProcess, type Started, stopProcess } from '../scripts/support/processes';

let redis: Started;
let client: ReturnType<typeof createClient>;
let handler: ReturnType<typeof sharedRedisHandler>;

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A cached route answer as Next hands it over, filed under `tags`. */
function entry(body: string, tags: string[]) {
  return {
    lastModified: Date.now(),
    lifespan: null,
    tags,
    value: { kind: 'APP_ROUTE', body: Buffer.from(body), status: 200, headers: {} },
  };
}

async function bodyOf(key: string): Promise<string | null> {
  const found = await handler.get(key, { implicitTags: [] });
  return found ? (found.value as { body: Buffer }).body.toString() : null;
}

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-cache-'));
  const port = await freePort();
  const log = path.join(dir, 'redis.log');
  redis = startProcess(
    'redis-server',
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', ''],
    process.env,
    log,
  );
  for (let i = 0; i < 100 && !fs.readFileSync(log, 'utf8').includes('Ready to accept connections'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  client = createClient({ url: `redis://127.0.0.1:${port}` });
  await client.connect();
  handler = sharedRedisHandler(client);
});

afterAll(async () => {
  await client?.quit();
  if (redis) await stopProcess(redis);
});

describe('the Redis-shared cache', () => {
  it('does not serve a page whose render began before a save that changed it, though it was stored after', async () => {
    expect(await bodyOf('/news/1')).toBeNull(); // a reader asks; the render begins and reads the old story
    await tick();
    await handler.revalidateTag('article:1'); // the editor saves meanwhile
    await tick();
    await handler.set('/news/1', entry('old headline', ['article:1']), {}); // the render ends
    expect(await bodyOf('/news/1')).toBeNull();
  });

  it('serves a page rendered after the save, and pages the save did not touch', async () => {
    await handler.revalidateTag('article:2');
    await tick();
    expect(await bodyOf('/news/2')).toBeNull();
    await handler.set('/news/2', entry('new headline', ['article:2']), {});
    expect(await bodyOf('/news/2')).toBe('new headline');

    expect(await bodyOf('/news/3')).toBeNull();
    await tick();
    await handler.revalidateTag('article:4');
    await handler.set('/news/3', entry('untouched', ['article:3']), {});
    expect(await bodyOf('/news/3')).toBe('untouched');
  });

  it('drops a stored page when a tag it carries is revalidated', async () => {
    await bodyOf('/section/politics');
    await handler.set('/section/politics', entry('section', ['section:politics']), {});
    expect(await bodyOf('/section/politics')).toBe('section');
    await tick();
    await handler.revalidateTag('section:politics');
    expect(await bodyOf('/section/politics')).toBeNull();
  });
});
