// Does a deep listing page cost more to render than a first one? Both are
// measured on their first request, before the cache holds them: served warm,
// page 500 and page 1 are the same cached HTML and differ in nothing.
import { listingPagePath, sectionPath } from '../../lib/site-url';
import type { SectionSize } from './choose-targets';
import { type FirstHitSummary, firstRequests, summarizeFirstHits } from './http';

export const DEEP_PAGE = 500;
const PAGES_PER_SECTION = 3;

type ListingPage = { path: string; page: number };
export type SectionDepthPlan = { deep: ListingPage[]; shallow: ListingPage[] };

const listingPage = (slug: string, page: number): ListingPage => ({
  path: listingPagePath(sectionPath(slug), page),
  page,
});

/**
 * Pages of `sections` (none requested before): the last few up to DEEP_PAGE
 * in the bigger half, pages 1 to a few in the other. Each section's first
 * request on either side also reads its page 1 for the page count, as a
 * reader's would.
 */
export function sectionDepthPlan(sections: SectionSize[]): SectionDepthPlan {
  const half = Math.floor(sections.length / 2);
  const offsets = Array.from({ length: PAGES_PER_SECTION }, (_, offset) => offset);
  return {
    deep: sections
      .slice(0, half)
      .flatMap(({ slug, pages }) =>
        offsets.map((offset) => listingPage(slug, Math.max(1, Math.min(DEEP_PAGE, pages) - offset))),
      ),
    shallow: sections
      .slice(half, 2 * half)
      .flatMap(({ slug }) => offsets.map((offset) => listingPage(slug, 1 + offset))),
  };
}

export type SectionDepth = {
  deepPages: string;
  deep: FirstHitSummary;
  shallowPages: string;
  shallow: FirstHitSummary;
  /** Median first render of a deep page over that of a first page. */
  ratio: number;
};

const pageRange = (pages: ListingPage[]) => {
  const numbers = pages.map(({ page }) => page);
  return `${Math.min(...numbers)}–${Math.max(...numbers)}`;
};

/** Deep and shallow pages alternate, so whatever else loads the machine weighs on both alike. */
export async function measureSectionDepth(base: string, plan: SectionDepthPlan): Promise<SectionDepth> {
  const alternating = plan.deep.flatMap((deep, index) => [deep, plan.shallow[index]]);
  const hits = await firstRequests(alternating.map(({ path }) => `${base}${path}`));
  const deep = summarizeFirstHits(hits.filter((_, index) => index % 2 === 0));
  const shallow = summarizeFirstHits(hits.filter((_, index) => index % 2 === 1));
  return {
    deepPages: pageRange(plan.deep),
    deep,
    shallowPages: pageRange(plan.shallow),
    shallow,
    ratio: Math.round((deep.p50 / shallow.p50) * 100) / 100,
  };
}
