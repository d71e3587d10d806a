import fs from 'node:fs';
import { join } from 'node:path';

// Where the suite's server (Next's own cache, written to disk) keeps the pages it caches.
const PAGE_CACHE = join('.next', 'server');

/** The files of Next's page cache whose path contains `fragment`. */
export function cachedPageFiles(fragment: string): string[] {
  return (fs.readdirSync(PAGE_CACHE, { recursive: true }) as string[])
    .filter((file) => file.includes(fragment))
    .map((file) => join(PAGE_CACHE, file));
}

// Where Next's data cache (unstable_cache, lib/cache/reader.ts) keeps its entries: a file each, named by a hash.
const DATA_CACHE = join('.next', 'cache', 'fetch-cache');

/** The data-cache files whose entry holds `text` (its cache tags name the slug it was read for). */
export function cachedDataFiles(text: string): string[] {
  if (!fs.existsSync(DATA_CACHE)) return [];
  return fs
    .readdirSync(DATA_CACHE)
    .map((file) => join(DATA_CACHE, file))
    .filter((file) => fs.readFileSync(file, 'utf8').includes(text));
}
