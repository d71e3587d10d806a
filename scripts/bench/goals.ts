// The targets for a 100,000-story archive, checked against one run.
// Printed, never enforced: figures depend on the machine and what else runs.
import { printTable } from '../support/table';
import type { FirstHitSummary } from './http';
import type { PageLoad } from './report';
import type { SectionDepth } from './section-depth';
import type { SearchLoad } from './search-load';

const CACHED_P99_MS = 50;
const CACHED_CONNECTIONS = 10;
const MIN_SHARE_OF_BASELINE = 0.1;
const UNCACHED_ARTICLE_MEDIAN_MS = 15;
const TARGET_ARCHIVE = 100_000;
const MAX_DEPTH_RATIO = 2;
const MAX_FLOOR_RATIO = 2;
const SEARCH_DIRECT_P95_MS = 20;
const MAX_P99_UNDER_SEARCHES = 1.2;

type Run = {
  loads: Record<string, PageLoad>;
  /** Keys of `loads`: page 1 and the deep page of the warm section. */
  sectionKeys: { first: string; deep: string };
  connections: number;
  articles: number;
  firstHit: FirstHitSummary;
  /** The framework's floor: a page of the same app with no database and no site layout. */
  floor: FirstHitSummary;
  sectionDepth: SectionDepth;
  /** The direct search timings' p95 (scripts/bench/db-timings.ts). */
  searchDirectP95: number;
  searchLoad: SearchLoad;
};

type Goal = { goal: string; measured: string; met: boolean };

function cachedPageGoals(name: string, { page, share }: PageLoad, connections: number): Goal[] {
  const at = connections === CACHED_CONNECTIONS ? '' : ` (at ${connections} connections)`;
  return [
    {
      goal: `${name}: p99 ≤ ${CACHED_P99_MS} ms at ${CACHED_CONNECTIONS} connections`,
      measured: `${page.p99Ms} ms${at}`,
      met: page.p99Ms <= CACHED_P99_MS,
    },
    { goal: `${name}: no errors`, measured: String(page.errors), met: page.errors === 0 },
    {
      goal: `${name}: ≥ ${MIN_SHARE_OF_BASELINE * 100} % of its baseline's req/s`,
      measured: `${(share * 100).toFixed(1)} %`,
      met: share >= MIN_SHARE_OF_BASELINE,
    },
  ];
}

export function checkGoals({
  loads,
  sectionKeys,
  connections,
  articles,
  firstHit,
  floor,
  sectionDepth,
  searchDirectP95,
  searchLoad,
}: Run): Goal[] {
  const archive = articles >= TARGET_ARCHIVE ? '' : ` (archive of ${articles.toLocaleString('en')})`;
  const { alone, withSearches } = searchLoad;
  const underSearches = withSearches.p99Ms / alone.p99Ms;
  const warmRatio = loads[sectionKeys.first].page.requestsPerSecond / loads[sectionKeys.deep].page.requestsPerSecond;
  return [
    ...cachedPageGoals('home', loads.home, connections),
    ...cachedPageGoals('article', loads.article, connections),
    {
      goal: `uncached article: median ≤ ${UNCACHED_ARTICLE_MEDIAN_MS} ms at ${TARGET_ARCHIVE.toLocaleString('en')} stories`,
      measured: `${firstHit.p50} ms${archive}`,
      met: firstHit.p50 <= UNCACHED_ARTICLE_MEDIAN_MS && firstHit.errors === 0,
    },
    {
      goal: `uncached article: median ≤ ${MAX_FLOOR_RATIO}× the framework's floor`,
      measured: `${(firstHit.p50 / floor.p50).toFixed(1)}× (${firstHit.p50} ms / ${floor.p50} ms)`,
      met: firstHit.p50 <= MAX_FLOOR_RATIO * floor.p50 && floor.errors === 0,
    },
    {
      goal: `uncached section page ~500: median ≤ ${MAX_DEPTH_RATIO}× page 1`,
      measured: `${sectionDepth.ratio}× (pages ${sectionDepth.deepPages} / ${sectionDepth.shallowPages})`,
      met: sectionDepth.ratio <= MAX_DEPTH_RATIO && sectionDepth.deep.errors + sectionDepth.shallow.errors === 0,
    },
    {
      goal: `cached ${sectionKeys.deep}: req/s ≥ 1/${MAX_DEPTH_RATIO} of ${sectionKeys.first}'s`,
      measured: `${sectionKeys.first} ÷ ${sectionKeys.deep} = ${warmRatio.toFixed(2)}`,
      met: warmRatio <= MAX_DEPTH_RATIO,
    },
    {
      goal: `search direct: p95 ≤ ${SEARCH_DIRECT_P95_MS} ms at ${TARGET_ARCHIVE.toLocaleString('en')} stories`,
      measured: `${searchDirectP95} ms${archive}`,
      met: searchDirectP95 <= SEARCH_DIRECT_P95_MS,
    },
    {
      goal: `cached article p99 while ${searchLoad.searchConnections} connections run unique searches: within ${Math.round((MAX_P99_UNDER_SEARCHES - 1) * 100)} % of alone`,
      measured: `${withSearches.p99Ms} ms vs ${alone.p99Ms} ms alone (${underSearches.toFixed(2)}×; ${searchLoad.searches.count} searches, p50 ${searchLoad.searches.p50} ms)`,
      met:
        underSearches <= MAX_P99_UNDER_SEARCHES &&
        withSearches.errors + alone.errors + searchLoad.searches.errors === 0,
    },
  ];
}

export function printGoals(goals: Goal[]) {
  printTable(
    ['goal', 'measured', 'met'],
    goals.map(({ goal, measured, met }) => [goal, measured, met ? 'yes' : 'NO']),
  );
}
