import { openDatabase } from '../../db/client';

// The same SQLite file the server under test uses (WAL lets both open it),
// opened the way the app opens it so the search-index triggers work. Specs
// that start their own server pass its file.
export function openE2eDatabase(file = process.env.DATABASE_PATH ?? 'data/e2e.db') {
  return openDatabase(file).$client;
}

export function pinnedTopTitles(language: 'ar' | 'en'): string[] {
  const db = openE2eDatabase();
  try {
    return db
      .prepare(
        `select title from articles where language = ? and top_rank is not null and status = 'published' order by top_rank, published_at desc`,
      )
      .pluck()
      .all(language) as string[];
  } finally {
    db.close();
  }
}

export function articleIdByTitle(title: string): number {
  const db = openE2eDatabase();
  try {
    return db.prepare('select id from articles where title = ?').pluck().get(title) as number;
  } finally {
    db.close();
  }
}

/** Adds old published stories to a section so it spans several pages. */
export function addArchiveStories(sectionSlug: string, count: number): void {
  const db = openE2eDatabase();
  try {
    const sectionId = db.prepare('select id from sections where slug = ?').pluck().get(sectionSlug) as number;
    const insert = db.prepare(
      `insert into articles (language, slug, title, excerpt, body, section_id, status, published_at, created_at, updated_at)
       values ('ar', ?, ?, 'ملخص خبر من الأرشيف.', '<p>نص خبر من الأرشيف.</p>', ?, 'published', ?, ?, ?)`,
    );
    const longAgo = Date.now() - 400 * 24 * 3_600_000;
    db.transaction(() => {
      for (let i = 1; i <= count; i++) {
        const at = longAgo - i * 3_600_000;
        insert.run(`archive-${sectionSlug}-${i}`, `خبر من أرشيف القسم رقم ${i}`, sectionId, at, at, at);
      }
    })();
  } finally {
    db.close();
  }
}

/** Every story a reader may see now, by id (db/queries/visibility.ts's rule). */
export function publicStoryIds(): number[] {
  const db = openE2eDatabase();
  try {
    return db
      .prepare(`select id from articles where status in ('published', 'scheduled') and published_at <= ? order by id`)
      .pluck()
      .all(Date.now()) as number[];
  } finally {
    db.close();
  }
}

export function translatedEnglishStory(): { id: number; slug: string } {
  const db = openE2eDatabase();
  try {
    return db
      .prepare(`select id, slug from articles where language = 'en' and translation_id is not null order by id limit 1`)
      .get() as { id: number; slug: string };
  } finally {
    db.close();
  }
}

let inserted = 0;

/** Writes a published story straight into the database (bypassing the admin's sanitiser on purpose), returning its id. */
export function insertPublishedStory(sectionSlug: string, title: string): number {
  const db = openE2eDatabase();
  try {
    const sectionId = db.prepare('select id from sections where slug = ?').pluck().get(sectionSlug) as number;
    const now = Date.now();
    return Number(
      db
        .prepare(
          `insert into articles (language, slug, title, excerpt, body, section_id, status, published_at, created_at, updated_at)
           values ('ar', ?, ?, ?, '<p>نص</p>', ?, 'published', ?, ?, ?)`,
        )
        .run(`story-${now}-${++inserted}`, title, title, sectionId, now - 1000, now, now).lastInsertRowid,
    );
  } finally {
    db.close();
  }
}

export const STAFF_PASSWORD = 'correct-horse-battery-staple';

/**
 * A staff account for a test (created once per run and database, by role; `handle`
 * gives a role a second account, `databaseFile` targets a side server's database).
 */
export async function ensureStaff(
  role: 'writer' | 'editor' | 'admin',
  { handle = role, databaseFile }: { handle?: string; databaseFile?: string } = {},
): Promise<{ email: string; password: string }> {
  const email = `${handle}@newsroom.test`;
  const db = openE2eDatabase(databaseFile);
  try {
    if (!db.prepare('select id from users where email = ?').get(email)) {
      const { hashPassword } = await import('../../lib/auth/password');
      db.prepare(
        `insert into users (email, name, role, password_hash, active, created_at) values (?, ?, ?, ?, 1, ?)`,
      ).run(
        email,
        { writer: 'كاتب الاختبار', editor: 'محرر الاختبار', admin: 'مدير الاختبار' }[role],
        role,
        await hashPassword(STAFF_PASSWORD),
        Date.now(),
      );
    }
    return { email, password: STAFF_PASSWORD };
  } finally {
    db.close();
  }
}

export function articleRow(id: number): { status: string; title: string; version: number; body: string } | undefined {
  const db = openE2eDatabase();
  try {
    return db.prepare('select status, title, version, body from articles where id = ?').get(id) as never;
  } finally {
    db.close();
  }
}

export function articleIdsByTitle(title: string): number[] {
  const db = openE2eDatabase();
  try {
    return db.prepare('select id from articles where title = ?').pluck().all(title) as number[];
  } finally {
    db.close();
  }
}

export function sectionRows(): { id: number; slug: string }[] {
  const db = openE2eDatabase();
  try {
    return db.prepare('select id, slug from sections order by id').all() as { id: number; slug: string }[];
  } finally {
    db.close();
  }
}

/** Runs statements against the suite's database (fixtures, or ending a session from outside the app). */
export function runSql(sql: string, ...params: unknown[]): number {
  const db = openE2eDatabase();
  try {
    return Number(db.prepare(sql).run(...params).lastInsertRowid);
  } finally {
    db.close();
  }
}

export function sqlValue<T>(sql: string, ...params: unknown[]): T {
  const db = openE2eDatabase();
  try {
    return db
      .prepare(sql)
      .pluck()
      .get(...params) as T;
  } finally {
    db.close();
  }
}

/**
 * A digest of every table an action could change; sessions and sign-in
 * failures are left out, since signing in and failing to are what some rows test,
 * and so are «الأكثر قراءة»'s views, written by a timer whenever readers came by.
 */
export function databaseFingerprint(): string {
  const db = openE2eDatabase();
  try {
    const tables = db
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%search%' and name not in ('sessions', 'sign_in_failures', 'article_views', '__drizzle_migrations') order by name`,
      )
      .pluck()
      .all() as string[];
    return JSON.stringify(
      tables.map((table) => [table, db.prepare(`select * from "${table}" order by rowid`).raw().all()]),
    );
  } finally {
    db.close();
  }
}

export function userIdByEmail(email: string): number {
  const db = openE2eDatabase();
  try {
    return db.prepare('select id from users where email = ?').pluck().get(email) as number;
  } finally {
    db.close();
  }
}
