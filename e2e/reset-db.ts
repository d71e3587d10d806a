// Gives the end-to-end run a fresh database: delete it, migrate and seed it,
// then add the fixtures the journeys rely on (before the server caches anything).
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
