// `npm run backup [-- --to FILE]`: a consistent copy of the live database, made
// with SQLite's online backup API while the site keeps serving (readers and
// writers are not blocked). Restore: stop the server, copy the file to
// DATABASE_PATH (removing any -wal/-shm beside it), start again.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath, openDatabase } from './client';

export async function backupDatabase(source: string, target: string): Promise<number> {
  const db = openDatabase(source);
  try {
    const { totalPages } = await db.$client.backup(target);
    return totalPages;
  } finally {
    db.$client.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('db', 'backup.ts'))) {
  const { values } = parseArgs({ options: { to: { type: 'string' } } });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = values.to ?? `backups/portal-${stamp}.db`;
  const pages = await backupDatabase(databasePath(), target);
  console.log(`Backed up ${databasePath()} to ${target} (${pages} pages)`);
}
