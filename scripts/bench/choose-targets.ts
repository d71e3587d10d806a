// What the benchmark requests, chosen from the archive itself.
import { openDatabase } from '../../db/client';
import { createRandom } from '../../db/seed/archive';
import type { Random } from '../../db/seed/random';
import { articlePath } from '../../lib/site-url';

const UNSEEN_ARTICLES = 40;
// LISTING_PAGE_SIZE of lib/cache/reader.ts, which only the server may import ('server-only').
const LISTING_PAGE_SIZE = 12;

export type SectionSize = { slug: string; pages: number };

export type Targets = {
  /** A mid-archive story, loaded warm. */
  articleId: number;
  /** Every section with public Arabic stories, biggest first: the biggest is loaded warm, the others are left unseen. */
  sections: SectionSize[];
  /** Stories nobody requested yet, for first renders. */
  unseenArticlePaths: string[];
  /** Two words of a random headline each: searches that find something (scripts/bench/search-load.ts). */
  searchWords: string[];
};

const SEARCH_WORDS = 300;

function twoWords(title: string, random: Random): string {
  const words = title.split(/[\s.،:]+/).filter((word) => word.length > 2);
  const start = random.int(0, Math.max(0, words.length - 2));
  return words.slice(start, start + 2).join(' ');
}

/** The stories a reader can open, in the articles table (aliased `as`, when given). */
const publicArabic = (as = '') =>
  `${as}language = 'ar' AND ${as}status IN ('published', 'scheduled') AND ${as}published_at <= ?`;

/**
 * `seed` picks the unseen stories: a new one each run, so a story the cache
 * kept from an earlier run (on the same build) is rarely picked again.
 */
export function chooseTargets(databaseFile: string, seed: number): Targets {
  const db = openDatabase(databaseFile);
  try {
    const now = Date.now();
    const stories = db.$client
      .prepare(`SELECT id, slug, title FROM articles WHERE ${publicArabic()} ORDER BY id`)
      .all(now) as { id: number; slug: string; title: string }[];
    const sections = db.$client
      .prepare(
        `SELECT s.slug, count(*) AS stories FROM articles a JOIN sections s ON s.id = a.section_id
         WHERE ${publicArabic('a.')} GROUP BY s.id ORDER BY stories DESC, s.slug`,
      )
      .all(now) as { slug: string; stories: number }[];
    const article = stories[Math.floor(stories.length / 2)];
    const random = createRandom(seed);
    const unseen = new Map<number, string>();
    while (unseen.size < Math.min(UNSEEN_ARTICLES, stories.length - 1)) {
      const candidate = random.pick(stories);
      if (candidate.id !== article.id) unseen.set(candidate.id, articlePath(candidate));
    }
    return {
      articleId: article.id,
      sections: sections.map(({ slug, stories: count }) => ({ slug, pages: Math.ceil(count / LISTING_PAGE_SIZE) })),
      unseenArticlePaths: [...unseen.values()],
      searchWords: Array.from({ length: SEARCH_WORDS }, () => twoWords(random.pick(stories).title, random)),
    };
  } finally {
    db.$client.close();
  }
}
