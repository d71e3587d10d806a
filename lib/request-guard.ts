// Requests Next itself would answer with a 500, refused here with the status
// they deserve (the proxy runs before Next's own handling):
// - a server-action POST larger than the body limit: Next's action handler
//   raises a 413 but answers 500 (a known TODO in its action-handler);
// - a path with malformed percent-encoding ("/tag/%FF", "/%"): Next's router
//   fails to decode it and, with no Pages Router error page, answers 500.
import { MAX_UPLOAD_BYTES } from './media/limits';

/** Server actions refuse bodies above this (next.config.ts hands it to Next too): an image upload and its form. */
export const ACTION_BODY_LIMIT_BYTES = MAX_UPLOAD_BYTES + 1_048_576;

type Incoming = { method: string; headers: Headers; rawPath: string };

export function guardRequest({ method, headers, rawPath }: Incoming): { status: 400 | 413 } | undefined {
  if (!decodes(rawPath)) return { status: 400 };
  if (
    method === 'POST' &&
    headers.has('next-action') &&
    Number(headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT_BYTES
  )
    return { status: 413 };
  return undefined;
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
