import { env } from '@/lib/env';
import { logEvent } from '@/lib/log';
import { edgeKeysHeader } from './edge-keys';

// After a write, the edge nodes drop every page filed under the tags Next's
// cache just dropped. One adapter per kind of edge: Varnish (xkey) ships; a
// Fastly (Surrogate-Key) or Cloudflare (Cache-Tag) adapter implements the same
// interface. A purge that fails is retried a little, then logged: the
// editor's save has already happened and never fails because of the edge.

export interface EdgePurger {
  readonly node: string;
  purge(tags: string[]): Promise<void>;
}

const ATTEMPTS = 3;
const TIMEOUT_MS = 1_000;
const BACKOFF_MS = [100, 400];

/** A Varnish node running deploy/varnish/portal.vcl: `PURGE /` with the keys in an xkey header. */
export function varnishPurger(node: string): EdgePurger {
  return {
    node,
    async purge(tags) {
      const response = await fetch(node, {
        method: 'PURGE',
        headers: { xkey: edgeKeysHeader(tags) },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${node} answered ${response.status}`);
    },
  };
}

/** The edge nodes of EDGE_PURGE_URLS (none: no edge to purge). */
export function configuredPurgers(nodes = env.EDGE_PURGE_URLS): EdgePurger[] {
  return nodes.map(varnishPurger);
}

/** Purges the tags at every node, in parallel; resolves when each has succeeded or given up. */
export async function purgeEdges(tags: string[], purgers = configuredPurgers()): Promise<void> {
  if (tags.length === 0 || purgers.length === 0) return;
  await Promise.all(purgers.map((purger) => purgeWithRetry(purger, tags)));
}

async function purgeWithRetry(purger: EdgePurger, tags: string[]) {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await purger.purge(tags);
      return;
    } catch (error) {
      if (attempt === ATTEMPTS) {
        logEvent('error', 'edge-purge-failed', { node: purger.node, tags, attempts: attempt, reason: String(error) });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS[attempt - 1]));
    }
  }
}
