// The baseline: a minimal node:http server answering each benchmarked path with
// the bytes the portal sent for it, from memory (gzipped once, up front, for
// a client that asks for gzip). What no page can beat on this
// machine, so each page's throughput is read as a fraction of its own.
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../support/ports';
import { startProcess, type Started, stopProcess, waitForHttp } from '../support/processes';
import { get } from './http';

type Manifest = Record<string, { file: string; contentType: string }>;

// Its own process, so it never shares an event loop with autocannon.
const SERVER_SOURCE = `
const http = require('node:http');
const fs = require('node:fs');
const zlib = require('node:zlib');
const [manifestFile, port] = process.argv.slice(-2);
const pages = new Map(
  Object.entries(JSON.parse(fs.readFileSync(manifestFile, 'utf8'))).map(([path, page]) => {
    const body = fs.readFileSync(page.file);
    return [path, { body, gzipped: zlib.gzipSync(body), contentType: page.contentType }];
  }),
);
http
  .createServer((request, response) => {
    const page = pages.get(request.url);
    if (!page) return response.writeHead(404).end();
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? page.gzipped : page.body;
    response.writeHead(200, {
      'content-type': page.contentType,
      'content-length': body.length,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(body);
  })
  .listen(Number(port));
`;

const pathOf = (url: string) => {
  const { pathname, search } = new URL(url);
  return pathname + search;
};

export class BaselineServer {
  private constructor(
    private readonly started: Started,
    private readonly port: number,
  ) {}

  /** Fetches each page once from the portal and serves those bytes at the same path. */
  static async start(pageUrls: string[], dir: string): Promise<BaselineServer> {
    const bodies = path.join(dir, 'baseline');
    fs.mkdirSync(bodies, { recursive: true });
    const manifest: Manifest = {};
    for (const [index, url] of pageUrls.entries()) {
      const { status, body, headers } = await get(url);
      if (status !== 200) throw new Error(`Baseline copy of ${url}: HTTP ${status}`);
      const file = path.join(bodies, `${index}.body`);
      fs.writeFileSync(file, body);
      manifest[pathOf(url)] = { file, contentType: headers.get('content-type') ?? 'text/html; charset=utf-8' };
    }
    const manifestFile = path.join(bodies, 'manifest.json');
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    const port = await freePort();
    const started = startProcess(
      'baseline server',
      process.execPath,
      ['-e', SERVER_SOURCE, manifestFile, String(port)],
      process.env,
      path.join(dir, 'baseline.log'),
    );
    const server = new BaselineServer(started, port);
    await waitForHttp(server.urlFor(pageUrls[0]), started, 10_000);
    return server;
  }

  /** The baseline's copy of a page the server was started with. */
  urlFor(pageUrl: string): string {
    return `http://localhost:${this.port}${pathOf(pageUrl)}`;
  }

  stop(): Promise<void> {
    return stopProcess(this.started);
  }
}
