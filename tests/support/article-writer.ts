// A second process writing to the database (as the server would) for the
// backup test: inserts published stories one transaction at a time and prints
// each committed id, until it is stopped.
import { openDatabase } from '../../db/client';

const db = openDatabase(process.argv[2]).$client;
const sectionId = db.prepare('SELECT id FROM sections ORDER BY id LIMIT 1').pluck().get() as number;
const insert = db.prepare(
  `INSERT INTO articles (language, slug, title, excerpt, body, section_id, status, published_at, created_at, updated_at)
   VALUES ('ar', ?, ?, 'ملخص', '<p>نص</p>', ?, 'published', ?, ?, ?)`,
);
for (let n = 1; ; n++) {
  const now = Date.now();
  const id = insert.run(`backup-writer-${n}`, `خبر كتب أثناء النسخ ${n}`, sectionId, now, now, now).lastInsertRowid;
  process.stdout.write(`${id}\n`);
  if (n % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
}
