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
