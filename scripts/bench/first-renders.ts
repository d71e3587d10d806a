// Throughput of pages nobody has asked for yet: `connections` readers, each
// taking the next unseen URL from the list, for the run's duration (or until
// the list runs out). Every answer is a first render somewhere behind the URL.
import type { LoadOptions } from './http';
import { summarize } from './stats';

export type RenderRate = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; requests: number };

export async function firstRenders(urls: string[], { connections, durationSeconds }: LoadOptions): Promise<RenderRate> {
  const started = performance.now();
  const until = started + durationSeconds * 1000;
  const times: number[] = [];
  let next = 0;
  let errors = 0;
  const reader = async () => {
    while (performance.now() < until && next < urls.length) {
      const url = urls[next++];
      const sent = performance.now();
      try {
        const response = await fetch(url, { redirect: 'manual' });
        await response.arrayBuffer();
        if (response.status !== 200) errors++;
      } catch {
        errors++;
      }
      times.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: connections }, reader));
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
