// Throughput of pages nobody has asked for yet: `connections` readers, each
// taking the next unseen URL from the list, for the run's duration (or until
// the list runs out). Every answer is a first render somewhere behind the URL.
// The readers ask for gzip as browsers do but never inflate what they get:
// the load generator shares the machine's cores with the servers it measures,
// and inflating every page cost it more than Varnish and Redis together.
import http from 'node:http';
import type { LoadOptions } from './http';
import { summarize } from './stats';

export type RenderRate = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; requests: number };

/** The answer's status once its body has been read (and dropped). */
function fetchStatus(url: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (response) => {
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
        response.resume();
      })
      .on('error', reject);
  });
}

export async function firstRenders(urls: string[], { connections, durationSeconds }: LoadOptions): Promise<RenderRate> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const started = performance.now();
  const until = started + durationSeconds * 1000;
  const times: number[] = [];
  let next = 0;
  let errors = 0;
  const reader = async () => {
    while (performance.now() < until && next < urls.length) {
      const url = urls[next++];
      const sent = performance.now();
      if ((await fetchStatus(url, agent).catch(() => 0)) !== 200) errors++;
      times.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: connections }, reader));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  const { p50, p99 } = summarize(times);
  return {
    requestsPerSecond: Math.round((times.length / seconds) * 10) / 10,
    p50Ms: Math.round(p50),
    p99Ms: Math.round(p99),
    errors,
    requests: times.length,
  };
}
