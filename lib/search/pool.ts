import 'server-only';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { databasePath } from '@/db/client';
import { searchArticles } from '@/db/queries/search';
import { readEnv } from '@/lib/env';
import { logEvent } from '@/lib/log';
import { resultsPage, type PageRequest, type SearchPage } from './results-page';

// Searches run in worker threads so that scoring thousands of FTS matches never
// holds up the thread that answers cached pages. Each worker takes one search
// at a time (better-sqlite3 is synchronous); the rest wait in order. Until a
// worker has started (its first search after the server starts, ~1 s) and when
// SEARCH_WORKERS is 0, the search runs here instead, as it always did.

type Job = { request: PageRequest; resolve: (page: SearchPage) => void; reject: (error: Error) => void };
type Thread = { worker: Worker; ready: boolean; job?: Job };
type Reply = { ready: true } | { page: SearchPage } | { error: string };

const MAX_FAILED_STARTS = 3;
const WORKER_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), 'lib/search/worker.mjs');

class SearchPool {
  private threads: Thread[] = [];
  private queue: Job[] = [];
  private whenReady: (() => void)[] = [];
  /** Workers lost before they took a search: past MAX_FAILED_STARTS the searches stay on this thread. */
  private failedStarts = 0;

  constructor(
    private readonly size: number,
    private readonly file: string,
  ) {}

  run(request: PageRequest): Promise<SearchPage> {
    this.fill();
    if (!this.threads.some((thread) => thread.ready)) return Promise.resolve(resultsPage(searchArticles, request));
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  /** Resolves once every worker has opened its connection and takes searches. */
  ready(): Promise<void> {
    this.fill();
    return new Promise((resolve) => {
      this.whenReady.push(resolve);
      this.dispatch();
    });
  }

  private fill() {
    while (this.threads.length < this.size && this.failedStarts < MAX_FAILED_STARTS) this.threads.push(this.start());
  }

  private start(): Thread {
    const worker = new Worker(WORKER_FILE, { workerData: { databasePath: this.file } });
    // A pool never keeps a script or a test run alive.
    worker.unref();
    const thread: Thread = { worker, ready: false };
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) thread.ready = true;
      else this.settle(thread, reply);
      this.dispatch();
    });
    // A worker that fails or exits is replaced at the next search; its search fails with it.
    const lost = (error: Error) => {
      if (!this.threads.includes(thread)) return;
      logEvent('error', 'search-worker-lost', { message: error.message, ready: thread.ready });
      if (!thread.ready) this.failedStarts++;
      this.threads = this.threads.filter((other) => other !== thread);
      thread.job?.reject(error);
      thread.job = undefined;
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`search worker exited with code ${code}`)));
    return thread;
  }

  private settle(thread: Thread, reply: { page: SearchPage } | { error: string }) {
    const job = thread.job;
    thread.job = undefined;
    if ('page' in reply) job?.resolve(reply.page);
    else job?.reject(new Error(reply.error));
  }

  private dispatch() {
    if (this.threads.every((thread) => thread.ready)) for (const resolve of this.whenReady.splice(0)) resolve();
    for (const thread of this.threads) {
      if (!thread.ready || thread.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      thread.job = job;
      thread.worker.postMessage(job.request);
    }
    // Every worker was lost: what waits runs here rather than never.
    if (!this.threads.some((thread) => thread.ready)) {
      for (const job of this.queue.splice(0)) job.resolve(resultsPage(searchArticles, job.request));
    }
  }
}

/**
 * SEARCH_WORKERS, or one per core (at most four). On 2 cores two workers beat
 * one: with one, four readers' searches queued behind each other (npm run bench).
 */
function poolSize(): number {
  const configured = readEnv().SEARCH_WORKERS;
  return configured ?? Math.min(4, Math.max(1, os.availableParallelism()));
}

// One pool per process and database, kept across dev reloads.
const shared = globalThis as unknown as { searchPools?: Map<string, SearchPool> };

/** This process's search workers for the current database, or null when searches run on the server's thread. */
export function searchWorkers(): SearchPool | null {
  const size = poolSize();
  if (size === 0) return null;
  const file = path.resolve(/* turbopackIgnore: true */ databasePath());
  const pools = (shared.searchPools ??= new Map());
  let pool = pools.get(file);
  if (!pool) pools.set(file, (pool = new SearchPool(size, file)));
  return pool;
}

/** A page of highlighted results, computed in a search worker. */
export function searchInWorker(request: PageRequest): Promise<SearchPage> {
  return searchWorkers()?.run(request) ?? Promise.resolve(resultsPage(searchArticles, request));
}
