import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { reusePreparedStatements } from '@/db/statement-cache';

describe('reusePreparedStatements', () => {
  let client: Database.Database;
  beforeEach(() => {
    client = new Database(':memory:');
    client.exec(`CREATE TABLE words (id INTEGER PRIMARY KEY, word TEXT);
                 INSERT INTO words (word) VALUES ('خبر'), ('عاجل'), ('رأي');`);
    reusePreparedStatements(client);
  });

  it('hands back the statement prepared before for the same SQL, and a new one for other SQL', () => {
    const first = client.prepare('SELECT word FROM words WHERE id = ?');
    expect(client.prepare('SELECT word FROM words WHERE id = ?')).toBe(first);
    expect(client.prepare('SELECT id FROM words WHERE id = ?')).not.toBe(first);
  });

  it('gives each caller the plain modes, whatever the last caller set', () => {
    const sql = 'SELECT id, word FROM words WHERE id = ?';
    expect(client.prepare(sql).pluck().get(1)).toBe(1);
    expect(client.prepare(sql).get(1)).toEqual({ id: 1, word: 'خبر' });
    expect(client.prepare(sql).raw().get(2)).toEqual([2, 'عاجل']);
    expect(client.prepare(sql).get(2)).toEqual({ id: 2, word: 'عاجل' });
    expect(client.prepare(sql).expand().get(3)).toEqual({ words: { id: 3, word: 'رأي' } });
    expect(client.prepare(sql).get(3)).toEqual({ id: 3, word: 'رأي' });
  });

  it('prepares a second statement while the first is still being iterated', () => {
    const sql = 'SELECT word FROM words ORDER BY id';
    const outer = client.prepare(sql).pluck();
    const pairs: string[] = [];
    for (const word of outer.iterate() as Iterable<string>) {
      pairs.push(`${word}:${(client.prepare(sql).pluck().all() as string[]).length}`);
    }
    expect(pairs).toEqual(['خبر:3', 'عاجل:3', 'رأي:3']);
  });

  it('runs writes again through the statement it kept', () => {
    const insert = 'INSERT INTO words (word) VALUES (?)';
    client.prepare(insert).run('تصحيح');
    client.prepare(insert).run('تحديث');
    expect(client.prepare('SELECT count(*) FROM words').pluck().get()).toBe(5);
  });
});
