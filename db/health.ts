import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

/** Whether the database answers and every committed migration has been applied. */
export function databaseHealth(sqlite: Database.Database) {
  const journal = JSON.parse(
    fs.readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'db/migrations/meta/_journal.json'), 'utf8'),
  ) as {
    entries: { tag: string }[];
  };
  const applied = sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
  return {
    database: 'ok' as const,
    migrations: { applied, expected: journal.entries.length, current: applied === journal.entries.length },
  };
}
