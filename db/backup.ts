// `npm run backup [-- --dir DIR]`: a consistent copy of the live database
// while the site keeps serving, written to DIR (default BACKUP_DIR, else
// backups/) as portal-<UTC timestamp>.db. Restore: README, "Backup and restore".
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { env } from '../lib/env';
import { databasePath } from './client';

/**
 * Copies `source` into a new timestamped file in `dir` with SQLite's online
 * backup API, checks the copy, and returns it. The copy is made in one step:
 * under WAL a reader never blocks the server's writes, while a step-by-step
 * copy would start over after every write made meanwhile and, on a busy
 * site, might never finish. It is written under a temporary name and renamed
 * once checked, so a file named portal-*.db is always a whole backup.
 */
export async function backupDatabase(source: string, dir: string): Promise<{ file: string; pages: number }> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `portal-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
  const partial = `${file}.partial`;
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // better-sqlite3 clamps the page count of a step to 2^31 - 1: the whole file.
    const { totalPages } = await db.backup(partial, { progress: () => 0x7fffffff });
    const copy = new Database(partial, { readonly: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    copy.close();
    if (integrity !== 'ok') throw new Error(`The copy of ${source} failed its integrity check: ${integrity}`);
    fs.renameSync(partial, file);
    return { file, pages: totalPages };
  } finally {
    db.close();
    fs.rmSync(partial, { force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('db', 'backup.ts'))) {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const { file, pages } = await backupDatabase(databasePath(), values.dir ?? env.BACKUP_DIR);
  console.log(`Backed up ${databasePath()} to ${file} (${pages} pages, integrity ok)`);
}
