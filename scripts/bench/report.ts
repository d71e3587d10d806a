// What the benchmark prints: one table of pages under load beside their
// baselines, then the single figures.
import { printTable } from '../support/table';
import type { DbTimings } from './db-timings';
import type { FirstHitSummary, LoadResult, ShippedJs } from './http';
import type { SectionDepth } from './section-depth';
import type { SearchLoad } from './search-load';
import type { Summary } from './stats';

/** A page under load and the baseline serving its bytes, one right after the other. */
export type PageLoad = { page: LoadResult; baseline: LoadResult; /** page req/s over baseline req/s */ share: number };

export const shareOfBaseline = (page: LoadResult, baseline: LoadResult) =>
  Math.round((page.requestsPerSecond / baseline.requestsPerSecond) * 1000) / 1000;

export function printLoadTable(loads: Record<string, PageLoad>) {
  const header = [
    'target',
    'cache',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'baseline req/s',
    'baseline p99 ms',
    'vs baseline',
  ];
  printTable(
    header,
    Object.entries(loads).map(([name, { page, baseline, share }]) => [
      name,
      page.cache ?? '',
      page.requestsPerSecond.toFixed(1),
      String(page.p50Ms),
      String(page.p99Ms),
      String(page.errors + baseline.errors),
      baseline.requestsPerSecond.toFixed(1),
      String(baseline.p99Ms),
      `${(share * 100).toFixed(1)} %`,
    ]),
  );
  console.log(
    'baseline: a bare node:http server sending the same bytes for the same path from memory; errors count both',
  );
}

const formatSummary = (summary: Summary) => `p50 ${summary.p50} ms, p95 ${summary.p95} ms, max ${summary.max} ms`;

const formatFirstHits = (hits: FirstHitSummary) =>
  `${formatSummary(hits)}, errors ${hits.errors}${hits.fromCache ? ` (${hits.fromCache} more answered from the cache, left out)` : ''}`;

type Figures = {
  firstHit: FirstHitSummary;
  floor: FirstHitSummary;
  sectionDepth: SectionDepth;
  db: DbTimings;
  js: Record<string, ShippedJs>;
  searchLoad: SearchLoad;
};

export function printFigures({ firstHit, floor, sectionDepth, db, js, searchLoad }: Figures) {
  const { search } = db;
  console.log(
    `\nUncached article page, first request (${firstHit.count} unseen stories): ${formatFirstHits(firstHit)}`,
  );
  console.log(
    `The framework's floor, /bench-floor rendered per request (${floor.count} requests): ${formatFirstHits(floor)}`,
  );
  console.log(`  article median / floor median: ${(firstHit.p50 / floor.p50).toFixed(1)}×`);
  console.log('Uncached section pages, first request, deep and first pages alternating:');
  console.log(
    `  pages ${sectionDepth.deepPages} (${sectionDepth.deep.count} unseen): ${formatFirstHits(sectionDepth.deep)}`,
  );
  console.log(
    `  pages ${sectionDepth.shallowPages} (${sectionDepth.shallow.count} unseen): ${formatFirstHits(sectionDepth.shallow)}`,
  );
  console.log(`  median deep / median first: ${sectionDepth.ratio}×`);
  console.log(
    `Article DB read, direct (publicArticle + relatedArticles + topNews, ${db.articleRead.count} stories): ${formatSummary(db.articleRead)}`,
  );
  console.log(
    `Search, direct (${search.all.count} queries, median ${search.medianHits} hits): ${formatSummary(search.all)}`,
  );
  console.log(`  relevance: ${formatSummary(search.relevance)};  newest: ${formatSummary(search.newest)}`);
  console.log(
    `  slowest: ${search.slowest.map((run) => `«${run.query}» ${run.sort} ${run.ms} ms (${run.total} hits)`).join('; ')}`,
  );
  const { alone, withSearches, searches } = searchLoad;
  console.log(
    `Cached article, p99: ${alone.p99Ms} ms alone (${alone.requestsPerSecond} req/s), ${withSearches.p99Ms} ms (${withSearches.requestsPerSecond} req/s) while ${searchLoad.searchConnections} connections searched: ${searches.count} unique searches, ${formatSummary(searches)}, errors ${searches.errors}`,
  );
  console.log('\nJavaScript shipped (gzip), and the HTML with its inline RSC payload (uncompressed):');
  for (const [name, size] of Object.entries(js))
    console.log(
      `  ${name.padEnd(16)} ${String(size.scripts).padStart(3)} scripts  ${(size.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzip  (${(size.rawBytes / 1024).toFixed(1)} KB raw);  HTML ${(size.htmlBytes / 1024).toFixed(1)} KB, payload ${Math.round((size.payloadBytes / size.htmlBytes) * 100)} %`,
    );
}
