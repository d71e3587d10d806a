// The tier a newsroom deploys, on loopback: redis-server, N `next start`
// workers on one SQLite file sharing Next's cache through Redis, and varnishd
// (deploy/varnish/portal.vcl) round-robin in front, each on a free port. For
// `npm run stack`, the edge e2e spec and the edge benchmark. Needs Debian's
// varnish, varnish-modules and redis-server, and an existing `next build`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './ports';
import { startProcess, type Started, stopProcess, tailOf, waitForHttp } from './processes';

export type StackOptions = { workers: number; databaseFile: string; dir?: string; env?: Record<string, string> };

type Worker = { port: number; process?: Started };

const VCL_DIR = path.resolve('deploy/varnish');

export class Stack {
  private redis?: Started;
  private varnish?: Started;

  private constructor(
    readonly dir: string,
    readonly edgePort: number,
    readonly redisPort: number,
    readonly workers: Worker[],
    private readonly options: StackOptions,
  ) {}

  static async start(options: StackOptions): Promise<Stack> {
    const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'portal-stack-'));
    const ports = await distinctPorts(options.workers + 2);
    const workers = ports.slice(2).map((port) => ({ port }));
    const stack = new Stack(dir, ports[0], ports[1], workers, options);
    try {
      await stack.startRedis();
      for (const worker of workers) await stack.startWorker(worker);
      await stack.startVarnish();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  /** The public origin: readers and tests go through the edge. */
  get url(): string {
    return `http://localhost:${this.edgePort}`;
  }

  workerUrl(index: number): string {
    return `http://localhost:${this.workers[index].port}`;
  }

  /** The process ids of the workers running now. */
  runningWorkerPids(): number[] {
    return this.workers.flatMap((worker) => (worker.process?.child.pid ? [worker.process.child.pid] : []));
  }

  private log(name: string): string {
    return path.join(this.dir, `${name}.log`);
  }

  async stopRedis(): Promise<void> {
    if (this.redis) await stopProcess(this.redis);
    this.redis = undefined;
  }

  private async startRedis() {
    this.redis = startProcess(
      'redis-server',
      'redis-server',
      ['--port', String(this.redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      process.env,
      this.log('redis'),
    );
    await waitFor(() => fs.readFileSync(this.log('redis'), 'utf8').includes('Ready to accept connections'), this.redis);
  }

  private async startWorker(worker: Worker): Promise<void> {
    const env = {
      ...process.env,
      ...this.options.env,
      DATABASE_PATH: this.options.databaseFile,
      SITE_URL: this.url,
      REDIS_URL: `redis://127.0.0.1:${this.redisPort}`,
      EDGE_PURGE_URLS: `http://127.0.0.1:${this.edgePort}/`,
      CACHE_TO_DISK: '0',
      // The edge picks the views that report the strict policy (deploy/varnish/portal.vcl).
      CSP_REPORT_SAMPLE: '1',
    };
    const name = `worker-${worker.port}`;
    worker.process = startProcess(
      name,
      'node_modules/.bin/next',
      ['start', '-p', String(worker.port)],
      env,
      this.log(name),
    );
    await waitForHttp(`http://localhost:${worker.port}/api/health`, worker.process);
  }

  async restartWorker(index: number): Promise<void> {
    await this.startWorker(this.workers[index]);
  }

  async stopWorker(index: number, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const worker = this.workers[index];
    if (!worker.process) return;
    if (signal === 'SIGKILL') process.kill(-worker.process.child.pid!, 'SIGKILL');
    await stopProcess(worker.process);
    worker.process = undefined;
  }

  private async startVarnish() {
    fs.writeFileSync(path.join(this.dir, 'backends.vcl'), backendsVcl(this.workers.map((worker) => worker.port)));
    this.varnish = startProcess(
      'varnishd',
      'varnishd',
      [
        '-F',
        '-j',
        'none',
        '-n',
        path.join(this.dir, 'varnish'),
        '-a',
        `127.0.0.1:${this.edgePort}`,
        '-T',
        'none',
        '-f',
        path.join(VCL_DIR, 'portal.vcl'),
        '-p',
        `vcl_path=${this.dir}:${VCL_DIR}`,
        '-s',
        'malloc,256m',
      ],
      process.env,
      this.log('varnish'),
    );
    await waitForHttp(`${this.url}/api/health`, this.varnish);
  }

  logs(lines = 40): string {
    const names = ['redis', 'varnish', ...this.workers.map((worker) => `worker-${worker.port}`)];
    return names.map((name) => `--- ${name}\n${tailOf(this.log(name), lines)}`).join('\n');
  }

  async stop(): Promise<void> {
    const running = [this.varnish, ...this.workers.map((worker) => worker.process), this.redis];
    await Promise.all(running.filter((started): started is Started => !!started).map(stopProcess));
  }
}

/** The backends.vcl portal.vcl includes: one backend per worker, health-probed, in a round-robin director. */
export function backendsVcl(ports: number[]): string {
  const backends = ports.map(
    (port, i) => `backend worker${i + 1} { .host = "127.0.0.1"; .port = "${port}"; .probe = portal_health; }`,
  );
  const added = ports.map((_, i) => `    origin.add_backend(worker${i + 1});`);
  return [
    'probe portal_health { .url = "/api/health"; .interval = 1s; .timeout = 1s; .window = 3; .threshold = 2; }',
    ...backends,
    'sub vcl_init {',
    '    new origin = directors.round_robin();',
    ...added,
    '}',
    '',
  ].join('\n');
}

async function distinctPorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

async function waitFor(ready: () => boolean, started: Started, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (started.child.exitCode !== null) throw new Error(`${started.name} exited:\n${tailOf(started.logFile)}`);
    if (Date.now() > deadline) throw new Error(`${started.name} not ready after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
