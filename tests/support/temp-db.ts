import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDatabase, openDatabase } from '@/db/client';
import { seedDemoContent } from '@/db/seed/seed-demo';

/**
 * A real SQLite file in a temp folder, migrated and seeded, set as DATABASE_PATH
 * before the app's db module is first imported. Call at the top of a test file.
 */
export function useSeededTempDatabase(now = Date.now()) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'));
  const file = path.join(dir, 'test.db');
  const db = openDatabase(file);
  migrateDatabase(db);
  seedDemoContent(db, now);
  process.env.DATABASE_PATH = file;
  return { db, file, now, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
