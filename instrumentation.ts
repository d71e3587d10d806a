import type { Instrumentation } from 'next';
import { logEvent } from './lib/log';

export async function register() {
  // NEXT_RUNTIME is Next's own, inlined per bundle: not a setting of the portal's
  // (lib/env.ts). Importing inside the check keeps the Node-only start-up (process
  // exit codes and signals) out of the Edge bundle, which Next builds as well.
  if (process.env.NEXT_RUNTIME === 'nodejs') await (await import('./instrumentation-node')).registerNode();
}

/** Every error Next catches while handling a request, as one log line (the query string is left out: it holds what readers searched for). */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const { name, message, stack, digest } = error as Error & { digest?: string };
  logEvent('error', 'request-error', {
    method: request.method,
    path: request.path.split('?')[0],
    route: context.routePath,
    routeType: context.routeType,
    name,
    message,
    digest,
    stack,
  });
};
