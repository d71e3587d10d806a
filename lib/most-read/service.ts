import 'server-only';
import { addViews, dropViewsBefore } from '@/db/queries/most-read';
import { logEvent } from '../log';
import { ViewCounter } from './counter';
import { oldestKeptHour } from './window';

/** How often a process writes the views it gathered: one transaction per flush. */
const FLUSH_INTERVAL_MS = 10_000;

// One counter per process. On globalThis because Next bundles the beacon's
// route and the start-up hook (instrumentation-node.ts) separately: both must
// reach the same views.
const KEY = Symbol.for('portal.most-read.counter');
const store = globalThis as { [KEY]?: ViewCounter };

function counter(): ViewCounter {
  let existing = store[KEY];
  if (!existing) {
    existing = store[KEY] = new ViewCounter({
      write: (hour, counts) => {
        addViews(hour, counts, Date.now());
        dropViewsBefore(oldestKeptHour(hour));
      },
      onError: (error) =>
        logEvent('error', 'most-read-flush-failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
    });
    existing.start(FLUSH_INTERVAL_MS);
  }
  return existing;
}

/** Counts one reader's view of a story, in memory (written by the next flush). */
export function countView(storyId: number): void {
  counter().record(storyId);
}

/** Writes the views still held; at shutdown, so a restart loses none. */
export function stopViewCounting(): void {
  store[KEY]?.stop();
}
