import { logEvent } from './lib/log';

/** Start-up of the Node server: only instrumentation.ts imports this, and only in the Node runtime. */
export async function registerNode() {
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
  // «الأكثر قراءة» holds views in memory between flushes: the last ones are written
  // as the process exits (after SIGTERM's drain, SIGINT, or process.exit), so a
  // restart loses none. SQLite writes synchronously, as an exit handler must.
  const { stopViewCounting } = await import('./lib/most-read/service');
  process.once('exit', stopViewCounting);
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
