import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useSeededTempDatabase } from './support/temp-db';
import { backupDatabase } from '@/db/backup';
import { databaseHealth } from '@/db/health';
import { migrateDatabase, openDatabase } from '@/db/client';
import { seedArticle } from '@/db/seed/seed-article';

const temp = useSeededTempDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'));
afterAll(() => {
  temp.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('operations', () => {
  it('reports a migrated, reachable database as healthy', () => {
    const health = databaseHealth(temp.db.$client);
    expect(health.migrations.current).toBe(true);
    expect(health.migrations.applied).toBeGreaterThanOrEqual(4);
  });

  it('backs up a database that is being written to, and the copy restores and reads', async () => {
    const writer = openDatabase(temp.file);
    const insert = writer.$client.prepare("UPDATE articles SET excerpt = excerpt || '.' WHERE id = ?");
    const writes = setInterval(() => insert.run(1), 1);
    const target = path.join(dir, 'copy.db');
    const pages = await backupDatabase(temp.file, target);
    clearInterval(writes);
    writer.$client.close();
    expect(pages).toBeGreaterThan(0);

    const restored = openDatabase(target);
    expect(restored.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    migrateDatabase(restored);
    const title = restored.$client.prepare('SELECT title FROM articles WHERE title = ?').pluck().get(seedArticle.title);
    expect(title).toBe(seedArticle.title);
    expect(restored.$client.prepare("SELECT count(*) FROM article_search WHERE article_search MATCH 'صين'").pluck().get()).toBeGreaterThan(0);
    restored.$client.close();
  });
});
