import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '@/db/client';
import { seedDemoContent } from '@/db/seed/seed-demo';
import { generateArchive } from '@/db/seed/archive';

// The archive generator fills the search index in bulk, a batch at a time, with
// the triggers off. What it builds must be exactly what the triggers build when
// the same rows are written one by one, as the portal writes them.

const STORIES = 300;
const now = Date.now();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-archive-index-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function seeded(name: string) {
  const db = openDatabase(path.join(dir, name));
  migrateDatabase(db);
  seedDemoContent(db, now);
  return db;
}

const bulk = seeded('bulk.db');
const afterId = bulk.$client.prepare('SELECT max(id) FROM articles').pluck().get() as number;
// Small batches, so several bulk inserts and a partial last batch are compared.
generateArchive(bulk, { articles: STORIES, now, batchSize: 64 });
bulk.$client.close();

const triggered = seeded('triggered.db');
const client = triggered.$client;
client.prepare('ATTACH DATABASE ? AS bulk').run(path.join(dir, 'bulk.db'));
client.transaction(() => {
  for (const table of ['sections', 'authors', 'tags'])
    client.exec(`INSERT OR IGNORE INTO ${table} SELECT * FROM bulk.${table}`);
  // Row by row, as the portal writes: each article, then its tags, each through its trigger.
  for (const id of client.prepare('SELECT id FROM bulk.articles WHERE id > ? ORDER BY id').pluck().all(afterId)) {
    client.prepare('INSERT INTO articles SELECT * FROM bulk.articles WHERE id = ?').run(id);
    for (const tagId of client.prepare('SELECT tag_id FROM bulk.article_tags WHERE article_id = ?').pluck().all(id))
      client.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)').run(id, tagId);
  }
})();
client.exec(`
  CREATE VIRTUAL TABLE temp.bulk_terms USING fts5vocab(bulk, article_search, instance);
  CREATE VIRTUAL TABLE temp.triggered_terms USING fts5vocab(main, article_search, instance);
  CREATE VIRTUAL TABLE temp.bulk_headline_terms USING fts5vocab(bulk, headline_search, instance);
  CREATE VIRTUAL TABLE temp.triggered_headline_terms USING fts5vocab(main, headline_search, instance);`);
afterAll(() => client.close());

const count = (sql: string) => client.prepare(sql).pluck().get() as number;

describe('the archive generator’s bulk search index', () => {
  it('holds every generated story, with its tags and stems', () => {
    expect(count('SELECT count(*) FROM articles')).toBe(afterId + STORIES);
    expect(count('SELECT count(DISTINCT doc) FROM bulk_terms WHERE doc > ' + afterId)).toBe(STORIES);
    expect(count("SELECT count(*) FROM bulk_terms WHERE col = 'tags' AND doc > " + afterId)).toBeGreaterThan(STORIES);
    expect(count("SELECT count(*) FROM bulk_terms WHERE col = 'stems' AND doc > " + afterId)).toBeGreaterThan(
      STORIES * 100,
    );
  });

  it.each([
    ['story', 'bulk_terms', 'triggered_terms'],
    ['headline', 'bulk_headline_terms', 'triggered_headline_terms'],
  ])('equals, term by term and position by position, the %s index the triggers build', (_, bulkTerms, triggered) => {
    expect(count(`SELECT count(*) FROM ${bulkTerms}`)).toBe(count(`SELECT count(*) FROM ${triggered}`));
    expect(count(`SELECT count(*) FROM (SELECT * FROM ${bulkTerms} EXCEPT SELECT * FROM ${triggered})`)).toBe(0);
    expect(count(`SELECT count(*) FROM (SELECT * FROM ${triggered} EXCEPT SELECT * FROM ${bulkTerms})`)).toBe(0);
    expect(count(`SELECT count(DISTINCT doc) FROM ${bulkTerms} WHERE doc > ${afterId}`)).toBe(STORIES);
  });

  it('puts the search triggers back, and the indexes’ default memory for new entries', () => {
    const triggers = (schema: string) =>
      client.prepare(`SELECT name, sql FROM ${schema}.sqlite_master WHERE type = 'trigger' ORDER BY name`).all();
    expect(triggers('bulk')).toEqual(triggers('main'));
    for (const table of ['article_search', 'headline_search'])
      expect(count(`SELECT coalesce(max(v), 1048576) FROM bulk.${table}_config WHERE k = 'hashsize'`)).toBe(1048576);
  });
});
