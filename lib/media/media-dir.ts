import path from 'node:path';
import { databasePath } from '@/db/client';
import { env } from '@/lib/env';

/**
 * Where processed uploads live: MEDIA_DIR, or a folder beside the database
 * (data/portal.db → data/portal-media), so a database and its images travel
 * and are backed up together.
 */
export function mediaDir(): string {
  if (env.MEDIA_DIR) return path.resolve(/* turbopackIgnore: true */ env.MEDIA_DIR);
  const database = path.resolve(/* turbopackIgnore: true */ databasePath());
  return path.join(path.dirname(database), `${path.basename(database, path.extname(database))}-media`);
}

export const STAGING = '.incoming';

/** Where one upload encodes its variants before they are moved into `directory` (see lib/media/sweep.ts). */
export const stagingDir = (directory: string, key: string) => path.join(directory, STAGING, `${process.pid}-${key}`);
