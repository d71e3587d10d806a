// Which beacon posts count as a reader's view. The beacon is sent by a script
// after the page has loaded, so crawlers that run no script never send one;
// these are the ones that do, or that replay the endpoint, and say who they are.

const NOT_A_READER =
  /bot|crawl|spider|slurp|archiver|headless|lighthouse|pingdom|uptime|monitor|preview|facebookexternalhit|embedly|curl|wget|python|java\/|go-http|node-fetch|undici|axios|okhttp|libwww|scrapy|httpclient/i;

/** A browser's view: a user agent that does not name a robot, and not a prefetch or prerender. */
export function isReaderRequest(headers: Headers): boolean {
  const agent = headers.get('user-agent') ?? '';
  if (!agent || NOT_A_READER.test(agent)) return false;
  // Chromium marks speculative loads with Sec-Purpose; older browsers and proxies with Purpose / X-Moz.
  const purpose = [headers.get('sec-purpose'), headers.get('purpose'), headers.get('x-moz')].join(' ');
  return !/prefetch|prerender|preview/i.test(purpose);
}

/** The story id a beacon carries (its whole body, digits only); undefined for anything else. */
export function viewedStoryId(body: string): number | undefined {
  if (!/^\d{1,9}$/.test(body)) return undefined;
  const id = Number(body);
  return id > 0 ? id : undefined;
}

/** The longest body worth reading: an id of nine digits. */
export const MAX_BEACON_BYTES = 16;
