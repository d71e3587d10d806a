// A large, reproducible archive for planner tests and benchmarks: twelve sections,
// ~300 tags, ~40 authors and N generated stories spread over ten years, with
// Arabic bodies built from phrase banks so the search index sees a realistic
// spread of words. Same seed → same content (dates are relative to `now`).
import type { PortalDatabase } from '../client';
import { slugify } from '@/lib/text/slug';
import { createRandom, type Random } from './random';
import {
  ARCHIVE_SECTIONS,
  FAMILY_NAMES,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  PLACES,
  TAG_PREFIXES,
  TAG_TOPICS,
} from './archive-names';
import { SECTION_TOPICS } from './archive-words';
import { generateStory, publication } from './archive-stories';

// The benchmarks draw their own samples with the same generator.
export { createRandom };

export type ArchiveOptions = {
  articles: number;
  /** PRNG seed; the same seed gives the same archive. */
  seed?: number;
  /** Dates are spread over the ten years before this instant (epoch ms). */
  now?: number;
  /** Rows per write transaction. */
  batchSize?: number;
  onProgress?: (progress: ArchiveProgress) => void;
};

export type ArchiveProgress = {
  phase: 'articles' | 'analyze';
  done: number;
  total: number;
  elapsedMs: number;
};

export type ArchiveResult = {
  firstId: number;
  lastId: number;
  articles: number;
  articleTags: number;
  elapsedMs: number;
};

const YEAR = 365.25 * 24 * 3_600_000;
const ARCHIVE_SPAN = 10 * YEAR;
const TAG_COUNT = 300;
const AUTHOR_COUNT = 40;

// ---------------------------------------------------------------------------
// Sections, authors, tags
// ---------------------------------------------------------------------------

function archiveTagNames(): string[] {
  const names = new Set<string>([...TAG_TOPICS, ...PLACES]);
  for (const prefix of TAG_PREFIXES) {
    for (const place of PLACES) {
      if (names.size >= TAG_COUNT) return [...names];
      names.add(`${prefix} ${place}`);
    }
  }
  return [...names];
}

function archiveAuthors(random: Random, count: number) {
  const authors = new Map<string, { slug: string; name: string; nameEn: string }>();
  while (authors.size < count) {
    const first = random.chance(0.6) ? random.pick(MALE_FIRST_NAMES) : random.pick(FEMALE_FIRST_NAMES);
    const family = random.pick(FAMILY_NAMES);
    const nameEn = `${first[1]} ${family[1]}`;
    const slug = slugify(nameEn);
    authors.set(slug, { slug, name: `${first[0]} ${family[0]}`, nameEn });
  }
  return [...authors.values()];
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

type Sqlite = PortalDatabase['$client'];

function ensureSections(client: Sqlite): Map<string, number> {
  const nextPosition = client.prepare('SELECT coalesce(max(position), -1) + 1 FROM sections').pluck().get() as number;
  const insert = client.prepare(
    'INSERT OR IGNORE INTO sections (slug, name_ar, name_en, position) VALUES (?, ?, ?, ?)',
  );
  ARCHIVE_SECTIONS.forEach((section, index) =>
    insert.run(section.slug, section.nameAr, section.nameEn, nextPosition + index),
  );
  const rows = client.prepare('SELECT slug, id FROM sections').all() as { slug: string; id: number }[];
  return new Map(rows.filter((row) => row.slug in SECTION_TOPICS).map((row) => [row.slug, row.id]));
}

function ensureAuthors(client: Sqlite, random: Random): number[] {
  const existing = client.prepare('SELECT count(*) FROM authors').pluck().get() as number;
  const insert = client.prepare('INSERT OR IGNORE INTO authors (slug, name, name_en) VALUES (?, ?, ?)');
  for (const author of archiveAuthors(random, Math.max(0, AUTHOR_COUNT - existing)))
    insert.run(author.slug, author.name, author.nameEn);
  return client.prepare('SELECT id FROM authors ORDER BY id').pluck().all() as number[];
}

function ensureTags(client: Sqlite): number[] {
  const insert = client.prepare('INSERT OR IGNORE INTO tags (slug, name) VALUES (?, ?)');
  const idOf = client.prepare('SELECT id FROM tags WHERE slug = ?').pluck();
  return archiveTagNames().map((name) => {
    insert.run(slugify(name), name);
    return idOf.get(slugify(name)) as number;
  });
}

// The search-index triggers that fire while the archive is loaded (db/migrations/0012_search_tags_and_stems.sql,
// 0020_headline_search.sql).
const SEARCH_INSERT_TRIGGERS = ['articles_search_insert', 'article_tags_search_insert'];
// Each search index with its columns; a view named after it (`<index>_source`) gives their values.
const SEARCH_INDEXES = {
  article_search: 'title, excerpt, body, tags, stems',
  headline_search: 'title, excerpt, tags, stems',
};
const BULK_HASH_SIZE = 16 * 1024 * 1024;
const DEFAULT_HASH_SIZE = 1024 * 1024;

/**
 * Runs `load` with the search-index insert triggers dropped and recreates them
 * from the SQL SQLite stored for them. `load` indexes each batch of new rows in
 * one statement from the view the triggers read (`indexRange`), so the result
 * equals what the triggers make, while each story is indexed once, not once per
 * tag, and FTS5 writes a few large segments rather than one per story. FTS5 holds
 * up to `hashsize` bytes of new index in memory before it writes a segment; a
 * batch of 2,000 stories is several times the default 1 MB, so the load raises it
 * (20,000 stories: 27.7 s, 25.1 s with 16 MB) and then puts the default back.
 */
function withDeferredSearchIndex(client: Sqlite, load: (indexRange: (fromId: number, toId: number) => void) => void) {
  const triggerSql = SEARCH_INSERT_TRIGGERS.map((name) => {
    const sql = client.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(name);
    if (typeof sql !== 'string') throw new Error(`Trigger ${name} is missing: migrate the database first.`);
    return sql;
  });
  const indexes = Object.entries(SEARCH_INDEXES).map(([table, columns]) =>
    client.prepare(`INSERT INTO ${table}(rowid, ${columns}) SELECT * FROM ${table}_source WHERE id BETWEEN ? AND ?`),
  );
  const setHashSize = (bytes: number) => {
    for (const table of Object.keys(SEARCH_INDEXES))
      client.exec(`INSERT INTO ${table}(${table}, rank) VALUES ('hashsize', ${bytes})`);
  };
  for (const name of SEARCH_INSERT_TRIGGERS) client.exec(`DROP TRIGGER ${name}`);
  setHashSize(BULK_HASH_SIZE);
  try {
    load((fromId, toId) => indexes.forEach((index) => index.run(fromId, toId)));
  } finally {
    setHashSize(DEFAULT_HASH_SIZE);
    for (const sql of triggerSql) client.exec(sql);
  }
}

/** Adds `options.articles` generated stories (plus the sections, authors and tags they need). */
export function generateArchive(db: PortalDatabase, options: ArchiveOptions): ArchiveResult {
  const { articles: total, seed = 20240516, now = Date.now(), batchSize = 2_000, onProgress } = options;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const client = db.$client;
  const random = createRandom(seed);

  const sectionIds = ensureSections(client);
  const sectionSlugs = [...sectionIds.keys()];
  const authorIds = ensureAuthors(client, random);
  const tagIds = ensureTags(client);
  const images = client.prepare('SELECT id FROM media ORDER BY id').pluck().all() as number[];
  const afterId = client.prepare('SELECT coalesce(max(id), 0) FROM articles').pluck().get() as number;

  const insertArticle = client.prepare(`
    INSERT INTO articles (language, slug, title, kicker, excerpt, body, lead_image_id, lead_image_caption, lead_image_alt,
                          section_id, author_id, status, published_at, updated_at, created_at, is_breaking)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertTag = client.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  let articleTags = 0;

  const insertStory = (index: number) => {
    const sectionSlug = random.pick(sectionSlugs);
    const story = generateStory(random, sectionSlug);
    // Oldest first, evenly over ten years: ids grow with dates, as in a real newsroom.
    const datedAt = Math.round(now - ARCHIVE_SPAN + ((index + random.next()) / total) * ARCHIVE_SPAN);
    const { status, publishedAt } = publication(random, datedAt, now);
    const image = random.chance(0.9) && images.length ? random.pick(images) : null;
    const createdAt = datedAt - random.int(10, 600) * 60_000;
    const { lastInsertRowid } = insertArticle.run(
      story.language,
      // Titles repeat over ten years; a running number keeps each slug unique.
      `${slugify(story.title)}-${afterId + index + 1}`,
      story.title,
      story.kicker,
      story.excerpt,
      story.body,
      image,
      image ? story.caption : null,
      image ? story.title : null,
      sectionIds.get(sectionSlug)!,
      random.pick(authorIds),
      status,
      publishedAt === null ? null : Math.round(publishedAt),
      random.chance(0.2) ? datedAt + random.int(1, 48) * 3_600_000 : datedAt,
      createdAt,
      status === 'published' && random.chance(0.002) ? 1 : 0,
    );
    const tagCount = random.int(1, 4);
    for (let i = 0; i < tagCount; i++) articleTags += insertTag.run(lastInsertRowid, random.pickSkewed(tagIds)).changes;
    return Number(lastInsertRowid);
  };

  withDeferredSearchIndex(client, (indexRange) => {
    // One transaction per batch: the stories, their tags and their index entries.
    const insertBatch = client.transaction((from: number, to: number) => {
      const firstId = insertStory(from);
      let lastId = firstId;
      for (let index = from + 1; index < to; index++) lastId = insertStory(index);
      indexRange(firstId, lastId);
    });
    for (let from = 0; from < total; from += batchSize) {
      insertBatch(from, Math.min(total, from + batchSize));
      onProgress?.({ phase: 'articles', done: Math.min(total, from + batchSize), total, elapsedMs: elapsed() });
    }
  });

  onProgress?.({ phase: 'analyze', done: total, total, elapsedMs: elapsed() });
  client.exec('ANALYZE');
  const lastId = client.prepare('SELECT coalesce(max(id), 0) FROM articles').pluck().get() as number;
  return { firstId: afterId + 1, lastId, articles: lastId - afterId, articleTags, elapsedMs: elapsed() };
}
