// Gives the end-to-end run a fresh database: delete it, migrate and seed it,
// and give the economy section an archive of several pages. That archive is
// part of the database the build prerenders the section pages from, so it is
// written here, before the build, not by the specs that page through it
// (reader.spec.ts, seo.spec.ts); no spec changes it. Everything else a spec
// needs beyond the seed, it makes itself.
import fs from 'node:fs';
import { databasePath } from '../db/client';
import { mediaDir } from '../lib/media/media-dir';
import { addArchiveStories } from './support/database';

const file = databasePath();
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
fs.rmSync(mediaDir(), { recursive: true, force: true });
// Next keeps its data cache on disk across builds; entries from an earlier run's database must not leak in.
fs.rmSync('.next/cache/fetch-cache', { recursive: true, force: true });
await import('../db/setup');
addArchiveStories('economy', 20);
