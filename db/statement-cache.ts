import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';

// Distinct statement texts a server meets: a few hundred queries, times the
// list lengths of their IN (…) clauses. Past this, the least used is dropped.
const MAX_STATEMENTS = 500;

/**
 * Makes `client.prepare` hand back the statement it prepared before for the
 * same SQL. Drizzle prepares every query anew at each call, and SQLite's
 * parsing and planning of a page's joins was a tenth of an uncached article
 * render's database time (a CPU profile of `next start`, 100,000 stories).
 *
 * A statement keeps the modes its last caller set (raw, pluck, expand), so
 * they are reset before it is handed out again: each caller sees a fresh one.
 * One still being iterated cannot run twice at once, so that caller gets its own.
 */
export function reusePreparedStatements(client: Database.Database): void {
  const prepare = client.prepare.bind(client);
  const statements = new LRUCache<string, Database.Statement>({ max: MAX_STATEMENTS });
  client.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (statement?.busy) return prepare(source);
    if (!statement) {
      statement = prepare(source);
      statements.set(source, statement);
    } else if (statement.reader) {
      statement.raw(false).pluck(false).expand(false);
    }
    return statement;
  }) as Database.Database['prepare'];
}
