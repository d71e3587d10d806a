// Requests Next itself would answer with a 500, refused here with the status
// they deserve (the proxy runs before Next's own handling):
// - a server-action POST larger than the body limit: Next's action handler
//   raises a 413 but answers 500 (a known TODO in its action-handler);
// - a server-action POST with no Content-Length (sent chunked): its size is
//   known only once read, and a body cut short at the proxy's limit fails to
//   parse ("Unexpected end of form");
// - a cross-origin server-action POST: Next refuses it as well, but with a 500
//   and an error line each, so anyone could fill the error log; here it is a
//   403 and at most one warning a minute, with a count;
// - a path with malformed percent-encoding ("/tag/%FF", "/%"): Next's router
//   fails to decode it and, with no Pages Router error page, answers 500.
import { rateLimitedLog } from './log';

/**
 * Server actions refuse bodies above this (next.config.ts hands it to Next too): an image upload and its form.
 * It is the most of a body Next's proxy hands on (its proxyClientMaxBodySize, 10 MiB unless configured): past
 * that it cuts the body off without an error, so no action limit above it can be met.
 */
export const ACTION_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

type Incoming = { method: string; headers: Headers; rawPath: string };

const warnCrossOrigin = rateLimitedLog('warn', 'cross-origin-action-refused', 60_000);

export function guardRequest({ method, headers, rawPath }: Incoming): { status: 400 | 403 | 411 | 413 } | undefined {
  if (!decodes(rawPath)) return { status: 400 };
  if (!isPossibleAction(method, headers, rawPath)) return undefined;
  if (!headers.has('content-length')) return { status: 411 };
  if (Number(headers.get('content-length')) > ACTION_BODY_LIMIT_BYTES) return { status: 413 };
  const origin = headers.get('origin');
  if (origin !== null && originHost(origin) !== requestHost(headers)) {
    warnCrossOrigin({ origin: origin.slice(0, 100) });
    return { status: 403 };
  }
  return undefined;
}

/**
 * What Next's action handler takes for a server action: a POST naming one, or a
 * form post (an action sent without JavaScript). Route handlers under /api/ take their own posts.
 */
function isPossibleAction(method: string, headers: Headers, rawPath: string): boolean {
  if (method !== 'POST' || rawPath.startsWith('/api/')) return false;
  const type = headers.get('content-type') ?? '';
  return (
    headers.has('next-action') || type.startsWith('multipart/form-data') || type === 'application/x-www-form-urlencoded'
  );
}

/** The host Next compares an action's Origin with: the first X-Forwarded-Host, else Host. */
function requestHost(headers: Headers): string | null {
  return headers.get('x-forwarded-host')?.split(',')[0].trim() || headers.get('host');
}

/** An Origin's host; "null" (a sandboxed or privacy-sensitive context) and garbage match no host. */
function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host || undefined;
  } catch {
    return undefined;
  }
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
