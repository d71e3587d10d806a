import { hourOf } from './window';

export type ViewCounterOptions = {
  /** Adds one hour's batch (story id → views) to the store. Throwing keeps the batch for the next flush. */
  write: (hour: number, counts: ReadonlyMap<number, number>) => void;
  onError?: (error: unknown) => void;
  now?: () => number;
  /**
   * Most distinct stories held between flushes: ids are not checked until the
   * flush (the database drops those of no public story), so a stream of made-up
   * ids must not grow the memory without bound. Views beyond it are dropped.
   */
  maxStories?: number;
};

/**
 * Views gathered in memory and written in batches, so a reader's view costs
 * no database write on the request path: one transaction per flush, however
 * many views arrived. Each server process has its own counter; the writes add
 * up (lib/most-read/service.ts wires it to the database).
 */
export class ViewCounter {
  private pending = new Map<number, Map<number, number>>();
  private held = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly now: () => number;
  private readonly maxStories: number;

  constructor(private readonly options: ViewCounterOptions) {
    this.now = options.now ?? Date.now;
    this.maxStories = options.maxStories ?? 5_000;
  }

  /** One view of a story, in the current hour's bucket; false when it was dropped (too many stories held). */
  record(storyId: number): boolean {
    return this.add(hourOf(this.now()), storyId, 1);
  }

  private add(hour: number, storyId: number, views: number): boolean {
    let bucket = this.pending.get(hour);
    const before = bucket?.get(storyId);
    if (before === undefined && this.held >= this.maxStories) return false;
    if (!bucket) this.pending.set(hour, (bucket = new Map()));
    if (before === undefined) this.held++;
    bucket.set(storyId, (before ?? 0) + views);
    return true;
  }

  /** Views held and not yet written. */
  get size(): number {
    let total = 0;
    for (const bucket of this.pending.values()) for (const views of bucket.values()) total += views;
    return total;
  }

  /** Writes what is held, one batch per hour; a batch that fails is kept for the next flush. */
  flush(): void {
    const batches = this.pending;
    this.pending = new Map();
    this.held = 0;
    for (const [hour, counts] of batches) {
      try {
        this.options.write(hour, counts);
      } catch (error) {
        for (const [storyId, views] of counts) this.add(hour, storyId, views);
        this.options.onError?.(error);
      }
    }
  }

  /** Flushes every `intervalMs` until stop(); the timer never keeps the process alive. */
  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.flush(), intervalMs);
    this.timer.unref?.();
  }

  /** Stops the timer and writes what is left (at shutdown). */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.flush();
  }
}
