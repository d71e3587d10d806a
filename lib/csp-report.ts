// What browsers report under the reader's Report-Only policy
// (lib/security-headers.ts), in either form they send it: one report per POST
// as application/csp-report (report-uri), or a batch as
// application/reports+json (the Reporting API, report-to). Anyone can post
// here, so the body is bounded, posts are counted per address and overall, and
// the log gets paths and directives only.
import { LRUCache } from 'lru-cache';
import { z } from 'zod';

export const REPORT_BODY_LIMIT_BYTES = 64 * 1024;
export const REPORT_LIMITS = { perAddress: 30, overall: 600, windowMs: 60_000 } as const;

const cut = (text: string | undefined, length: number) => text?.slice(0, length);

const legacyReport = z.object({
  'csp-report': z.object({
    'document-uri': z.string().optional(),
    'effective-directive': z.string().optional(),
    'violated-directive': z.string().optional(),
    'blocked-uri': z.string().optional(),
    'script-sample': z.string().optional(),
    disposition: z.string().optional(),
  }),
});

const reportingApiReports = z.array(
  z.object({
    type: z.string(),
    url: z.string().optional(),
    body: z
      .object({
        documentURL: z.string().optional(),
        effectiveDirective: z.string().optional(),
        blockedURL: z.string().optional(),
        sample: z.string().optional(),
        disposition: z.string().optional(),
      })
      .optional(),
  }),
);

export type Violation = {
  page: string;
  directive: string;
  blocked: string;
  sample?: string;
  disposition?: string;
};

export const REPORT_TYPES = ['application/csp-report', 'application/reports+json'] as const;

/** The violations in a report body of that media type; undefined when it is not one. */
export function parseReports(contentType: string, body: string): Violation[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (contentType === 'application/csp-report') {
    const parsed = legacyReport.safeParse(json);
    if (!parsed.success) return undefined;
    const report = parsed.data['csp-report'];
    return [
      violation(
        report['document-uri'],
        report['effective-directive'] ?? report['violated-directive'],
        report['blocked-uri'],
        report['script-sample'],
        report.disposition,
      ),
    ];
  }
  const parsed = reportingApiReports.safeParse(json);
  if (!parsed.success) return undefined;
  return parsed.data
    .filter((report) => report.type === 'csp-violation' && report.body)
    .map(({ url, body }) =>
      violation(body!.documentURL ?? url, body!.effectiveDirective, body!.blockedURL, body!.sample, body!.disposition),
    );
}

function violation(
  document: string | undefined,
  directive: string | undefined,
  blocked: string | undefined,
  sample: string | undefined,
  disposition: string | undefined,
): Violation {
  return {
    // Paths only: a query string holds what a reader searched for.
    page: cut(pathOf(document), 200) ?? 'unknown',
    directive: cut(directive, 60) ?? 'unknown',
    blocked: cut(pathOf(blocked) ?? blocked, 200) ?? 'unknown',
    sample: cut(sample, 80),
    disposition: cut(disposition, 20),
  };
}

function pathOf(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const { origin, pathname } = new URL(url);
  return origin === 'null' ? url.split(/[?#]/)[0] : `${origin}${pathname}`;
}

// Next's inline bootstrap (self.__next_f.push(...), and Turbopack's chunk list
// in <script id="_R_">) is on every page and is the reason the strict policy is
// only reported: every view reports it. The report's sample (a script's first 40
// characters) tells it from anything else, which is what the log is for. A
// script that starts the same way is not told apart.
const NEXT_BOOTSTRAP = /^(?:\(?self\.__next_f\b|\(globalThis\["TURBOPACK"\])/;

export const isNextBootstrap = (violation: Violation) =>
  violation.directive.startsWith('script-src') && NEXT_BOOTSTRAP.test(violation.sample ?? '');

/** Counts posts in fixed windows: false once a key has used up its posts for the window. */
export function windowCounter(limit: number, windowMs: number, keys = 10_000) {
  const counts = new LRUCache<string, number>({ max: keys, ttl: windowMs, ttlAutopurge: false });
  return (key: string): boolean => {
    const used = counts.get(key) ?? 0;
    if (used >= limit) return false;
    // noUpdateTTL: the window runs from the first post, not the latest.
    counts.set(key, used + 1, { noUpdateTTL: used > 0 });
    return true;
  };
}
