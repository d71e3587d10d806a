import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { searchableStems, searchableText } from '@/lib/text/arabic-search';
import { readEnv } from '@/lib/env';
import { reusePreparedStatements } from './statement-cache';

export type PortalDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS_FOLDER = path.join(/* turbopackIgnore: true */ process.cwd(), 'db/migrations');

/**
 * DATABASE_PATH as it is now, not as the process started (lib/env's `env`): the
 * unit tests (tests/support/temp-db.ts) point it at a fresh file after the
 * modules have loaded. Same rules and default, read through lib/env.
 */
export function databasePath(): string {
  return readEnv().DATABASE_PATH;
}

/** Opens (creating if needed) a SQLite file with the pragmas every connection must have. */
export function openDatabase(file: string = databasePath()): PortalDatabase {
  fs.mkdirSync(path.dirname(path.resolve(/* turbopackIgnore: true */ file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  registerSearchFunctions(sqlite);
  reusePreparedStatements(sqlite);
  return drizzle({ client: sqlite, schema });
}

// Used by the search index's view and triggers (db/migrations/0012_search_tags_and_stems.sql).
function registerSearchFunctions(sqlite: Database.Database) {
  sqlite.function('search_text', { deterministic: true }, (value) => searchableText(String(value ?? '')));
  sqlite.function('search_stems', { deterministic: true }, (value) => searchableStems(String(value ?? '')));
}

/** A connection that can only read (the search workers', lib/search/worker.mjs), with the same functions. */
export function openReadOnlyDatabase(file: string): Database.Database {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  registerSearchFunctions(sqlite);
  return sqlite;
}

export function migrateDatabase(db: PortalDatabase): void {
  const applied = () =>
    db.$client.prepare("SELECT count(*) FROM sqlite_master WHERE name = '__drizzle_migrations'").pluck().get()
      ? (db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number)
      : 0;
  const before = applied();
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  // A migration that adds or replaces indexes leaves the planner without
  // statistics for them; at archive scale that picks full scans.
  if (applied() !== before) db.$client.exec('ANALYZE');
}
