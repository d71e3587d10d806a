import type { Instrumentation } from 'next';
import { logEvent } from './lib/log';

export async function register() {
  // NEXT_RUNTIME is Next's own, inlined per bundle: not a setting of the portal's (lib/env.ts).
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // The settings are checked when lib/env is first loaded: a wrong one stops the
  // server now, with its name and what it should be, before any page is served.
  try {
    await import('./lib/env');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // What a crash left half-written in the media folder goes before the first upload.
  await (await import('./lib/media/sweep')).sweepMediaAtStart();
  // On SIGTERM `next start` stops accepting connections, lets in-flight
  // requests finish, then exits with 143 (128 + SIGTERM). A drained stop is a
  // clean stop, and process managers (systemd) count 143 as a failure.
  process.once('SIGTERM', () => {
    logEvent('info', 'shutdown', { signal: 'SIGTERM' });
    process.once('exit', (code) => {
      if (code === 143) process.exitCode = 0;
    });
  });
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
