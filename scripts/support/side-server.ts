// A production server (`next start` on the existing build) on its own
// temporary, freshly seeded database and a free port in 3500–3599, for the
// e2e specs that kill or stop a server and for the load test: none of them may
// touch the data or the cache of the suite's server. CACHE_TO_DISK=0 keeps its
// rendered pages out of .next/ (see next.config.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDatabase, openDatabase } from '../../db/client';
import { seedDemoContent } from '../../db/seed/seed-demo';
import { freePort } from './ports';
import { signalAndWait, startProcess, type Started, stopProcess, tailOf, waitForHttp } from './processes';

/** A new temp folder holding a migrated database with the demo content. */
export function seededDatabase(prefix: string): { dir: string; databaseFile: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const databaseFile = path.join(dir, 'portal.db');
  const db = openDatabase(databaseFile);
  migrateDatabase(db);
  seedDemoContent(db);
  db.$client.close();
  return { dir, databaseFile };
}

export class SideServer {
  private running?: Started;
  private starts = 0;

  private constructor(
    readonly dir: string,
    readonly databaseFile: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  /** A seeded database in a new temp folder and a free port; call start() next. */
  static async create(env: Record<string, string> = {}): Promise<SideServer> {
    const { dir, databaseFile } = seededDatabase('portal-side-');
    return new SideServer(dir, databaseFile, await freePort(), env);
  }

  get base(): string {
    return `http://localhost:${this.port}`;
  }

  get logFile(): string {
    return path.join(this.dir, `server-${this.starts}.log`);
  }

  async start(): Promise<void> {
    this.starts++;
    // No -H: the locale proxy needs the server reachable as "localhost".
    this.running = startProcess(
      `next start :${this.port}`,
      'node_modules/.bin/next',
      ['start', '-p', String(this.port)],
      { ...process.env, ...this.env, DATABASE_PATH: this.databaseFile, SITE_URL: this.base, CACHE_TO_DISK: '0' },
      this.logFile,
    );
    await waitForHttp(`${this.base}/api/health`, this.running);
  }

  /**
   * Has the server render a page afresh from its own database. Like any `next
   * start` on this build it reads rendered pages from .next/ (the build's
   * prerenders, and what the suite's server wrote there) though it writes none;
   * Next's on-demand revalidation request, signed with the build's preview id,
   * is how Next itself renders one again. The request skips the locale proxy,
   * so `routePath` names the locale: `/ar` for the Arabic front page.
   */
  async renderAfresh(routePath: string): Promise<void> {
    const { preview } = JSON.parse(fs.readFileSync('.next/prerender-manifest.json', 'utf8'));
    const response = await fetch(`${this.base}${routePath}`, {
      headers: { 'x-prerender-revalidate': preview.previewModeId },
    });
    await response.arrayBuffer();
    const cache = response.headers.get('x-nextjs-cache');
    if (cache !== 'REVALIDATED') throw new Error(`${routePath} was not rendered afresh (${response.status}, ${cache})`);
  }

  /** Ends the server with a signal and says how it exited. */
  async signal(signal: NodeJS.Signals) {
    if (!this.running) throw new Error('not started');
    return signalAndWait(this.running, signal);
  }

  log(lines = 200): string {
    return tailOf(this.logFile, lines);
  }

  async dispose(): Promise<void> {
    if (this.running) await stopProcess(this.running);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
