import fs from 'node:fs/promises';
import path from 'node:path';
import { mediaSources } from '@/db/queries/media';
import { logEvent } from '../log';
import { mediaDir, STAGING } from './media-dir';
import { MEDIA_FILE_PATTERN } from './variants';

// What a crash can leave in the media folder: a staging folder of an upload
// that was still encoding, or (if it died between moving the files into place
// and committing the row, a few milliseconds) variants no row names. Swept
// once when the server starts, before it takes uploads. Staging folders are
// named `<pid>-<key>` (lib/media/media-dir.ts), so a sweep can tell a live
// upload from a dead one.

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * At start-up, before this process takes an upload: removes staging folders
 * of processes that are gone, and variants whose key no media row names
 * (`knownSources`: every row's src). Returns how many of each it removed.
 */
export async function sweepMedia(directory: string, knownSources: string[]) {
  const known = new Set(knownSources.map((src) => MEDIA_FILE_PATTERN.exec(path.basename(src))?.[1]));
  const staging = path.join(directory, STAGING);
  const stale = (await fs.readdir(staging).catch(() => [])).filter((name) => {
    const pid = Number(name.split('-')[0]);
    // This process has taken no upload yet, so a folder under its pid is a dead namesake's (pids repeat in containers).
    return pid === process.pid || !processAlive(pid);
  });
  await Promise.all(stale.map((name) => fs.rm(path.join(staging, name), { recursive: true, force: true })));
  const orphans = (await fs.readdir(directory).catch(() => [])).filter((name) => {
    const key = MEDIA_FILE_PATTERN.exec(name)?.[1];
    return key !== undefined && !known.has(key);
  });
  await Promise.all(orphans.map((name) => fs.rm(path.join(directory, name), { force: true })));
  return { staging: stale.length, orphans: orphans.length };
}

/** For instrumentation.ts: the sweep, on this server's media folder and database; logged when it found anything. */
export async function sweepMediaAtStart(): Promise<void> {
  const removed = await sweepMedia(mediaDir(), mediaSources());
  if (removed.staging + removed.orphans > 0) logEvent('warn', 'media-sweep', removed);
}
