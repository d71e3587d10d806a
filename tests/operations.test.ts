import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it, vi } from 'vitest';
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

  it('backs up a database another process keeps writing to; the copy is whole and holds every row committed before it', async () => {
    const writer = spawn(process.execPath, ['--import', 'tsx', 'tests/support/article-writer.ts', temp.file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const committed: number[] = [];
    createInterface({ input: writer.stdout! }).on('line', (line) => committed.push(Number(line)));
    try {
      await vi.waitFor(() => expect(committed.length).toBeGreaterThanOrEqual(200), { timeout: 30_000, interval: 50 });
      const before = committed.length;
      const { file, pages } = await backupDatabase(temp.file, dir);
      // The writer went on while the copy was made.
      await vi.waitFor(() => expect(committed.length).toBeGreaterThan(before + 200), { timeout: 30_000, interval: 50 });
      expect(pages).toBeGreaterThan(0);
      expect(path.basename(file)).toMatch(/^portal-\d{4}-\d\d-\d\dT[\d-]+Z\.db$/);

      const restored = openDatabase(file);
      expect(restored.$client.pragma('integrity_check', { simple: true })).toBe('ok');
      // The search index agrees with the stories it indexes.
      restored.$client.exec("INSERT INTO article_search(article_search) VALUES ('integrity-check')");
      const copied = restored.$client
        .prepare("SELECT id FROM articles WHERE slug LIKE 'backup-writer-%' ORDER BY id")
        .pluck()
        .all() as number[];
      expect(copied.length).toBeGreaterThanOrEqual(before);
      expect(copied).toEqual(committed.slice(0, copied.length));
      expect(
        restored.$client.prepare('SELECT title FROM articles WHERE title = ?').pluck().get(seedArticle.title),
      ).toBe(seedArticle.title);
      migrateDatabase(restored);
      restored.$client.close();
    } finally {
      writer.kill();
    }
  }, 60_000);
});
