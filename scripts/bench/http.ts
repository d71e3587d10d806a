// HTTP measurements: throughput under load, first-hit latency, shipped JavaScript.
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { type Summary, summarize } from './stats';

export type LoadResult = {
  url: string;
  /** How Next served the page when warm: HIT / STALE (ISR) or dynamic. */
  cache?: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  bytesPerResponse: number;
};

/** `gzip`: ask for a compressed answer as browsers do; otherwise autocannon's bare request, which asks for none. */
export type LoadOptions = {
  connections: number;
  durationSeconds: number;
  encoding?: 'gzip';
  /** Requests per second across all connections; unset, as fast as the server answers. */
  overallRate?: number;
};

/** Any transport error, timeout or non-2xx answer counts as an error. */
export async function load(
  url: string,
  { connections, durationSeconds, encoding, overallRate }: LoadOptions,
  /** A POST instead of a GET (the «الأكثر قراءة» beacon). */
  post?: { body: string; headers: Record<string, string> },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    ...(overallRate && { overallRate }),
    ...(encoding && { headers: { 'accept-encoding': encoding } }),
    ...(post && { method: 'POST', ...post }),
  });
  const completed = result.latency.total || result['2xx'] + result.non2xx;
  return {
    url,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    requests: result['2xx'] + result.non2xx,
    bytesPerResponse: completed ? Math.round(result.throughput.total / completed) : 0,
  };
}

export async function get(url: string) {
  const response = await fetch(url, { redirect: 'manual' });
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()),
    headers: response.headers,
    location: response.headers.get('location'),
  };
}

/** The article's canonical URL: /news/<id> answers with a redirect to it. */
export async function canonicalArticleUrl(base: string, id: number): Promise<string> {
  const { status, location } = await get(`${base}/news/${id}`);
  if (status < 300 || status >= 400 || !location)
    throw new Error(`/news/${id} should redirect to its canonical URL, got HTTP ${status}`);
  return new URL(location, base).href;
}

/**
 * Requests `url` `times` times (the first render fills the ISR cache) and says
 * how Next serves it: its x-nextjs-cache state (HIT, STALE…), or "dynamic".
 */
export async function warm(url: string, times = 3): Promise<string> {
  let cache = 'dynamic';
  for (let i = 0; i < times; i++) {
    const { status, headers } = await get(url);
    if (status !== 200) throw new Error(`Warming ${url}: HTTP ${status}`);
    cache = headers.get('x-nextjs-cache') ?? 'dynamic';
  }
  return cache;
}

export type FirstHit = { url: string; ms: number; status: number; cache: string };

/** Each URL's first request, one at a time, timed, with how Next answered it (x-nextjs-cache). */
export async function firstRequests(urls: string[]): Promise<FirstHit[]> {
  const hits: FirstHit[] = [];
  for (const url of urls) {
    const started = performance.now();
    const { status, headers } = await get(url);
    hits.push({ url, ms: performance.now() - started, status, cache: headers.get('x-nextjs-cache') ?? 'dynamic' });
  }
  return hits;
}

export type FirstHitSummary = Summary & { errors: number; fromCache: number };

/**
 * Times only the pages rendered on the spot. `fromCache` counts those Next
 * had cached already (HIT, STALE), left out: a server started on this build
 * without CACHE_TO_DISK=0 left them in .next/ until the next build.
 */
export function summarizeFirstHits(hits: FirstHit[]): FirstHitSummary {
  const fromCache = (hit: FirstHit) => hit.cache === 'HIT' || hit.cache === 'STALE';
  return {
    ...summarize(hits.filter((hit) => !fromCache(hit)).map((hit) => hit.ms)),
    errors: hits.filter((hit) => hit.status !== 200).length,
    fromCache: hits.filter(fromCache).length,
  };
}

export type ShippedJs = {
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
  /** The page's own HTML, uncompressed, and the part of it that is the inline RSC payload Next repeats for hydration. */
  htmlBytes: number;
  payloadBytes: number;
};

const RSC_PAYLOAD = /<script\b[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g;

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"/g;
const scriptSizes = new Map<string, Promise<{ raw: number; gzip: number }>>();

function scriptSize(url: string) {
  let size = scriptSizes.get(url);
  if (!size) {
    size = get(url).then(({ status, body }) => {
      if (status !== 200) throw new Error(`Script ${url}: HTTP ${status}`);
      return { raw: body.length, gzip: zlib.gzipSync(body).length };
    });
    scriptSizes.set(url, size);
  }
  return size;
}

/** The JavaScript a page makes the browser download (every <script src>, gzipped as a server would send it), and its HTML. */
export async function shippedJs(pageUrl: string): Promise<ShippedJs> {
  const { body } = await get(pageUrl);
  const html = body.toString('utf8');
  const sources = new Set(
    [...html.matchAll(SCRIPT_SRC)].map((match) => new URL(match[1].replace(/&amp;/g, '&'), pageUrl).href),
  );
  const sizes = await Promise.all([...sources].map(scriptSize));
  return {
    scripts: sizes.length,
    rawBytes: sizes.reduce((sum, size) => sum + size.raw, 0),
    gzipBytes: sizes.reduce((sum, size) => sum + size.gzip, 0),
    htmlBytes: body.length,
    payloadBytes: [...html.matchAll(RSC_PAYLOAD)].reduce((sum, match) => sum + Buffer.byteLength(match[1]), 0),
  };
}
