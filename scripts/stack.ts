// npm run stack [-- --workers 2]
//
// The scaled-out portal on this machine, for a try-out: redis-server, N
// `next start` workers on the one SQLite file (DATABASE_PATH, data/portal.db
// by default), and Varnish in front, all on loopback and free ports. Prints
// the edge's URL; Ctrl-C or SIGTERM stops every process it started.
// `npm run stack` sets the database up and builds first.
import { parseArgs } from 'node:util';
import { Stack } from './support/stack';

const { values } = parseArgs({ options: { workers: { type: 'string', default: '2' } } });
const workers = Number(values.workers);
if (!Number.isInteger(workers) || workers < 1) throw new Error('--workers takes a whole number of at least 1');

const stack = await Stack.start({ workers, databaseFile: process.env.DATABASE_PATH || 'data/portal.db' });
console.log(
  `Portal at ${stack.url} (Varnish → ${workers} workers: ${stack.workers.map((w) => w.port).join(', ')}; Redis on ${stack.redisPort})`,
);
console.log(`Logs in ${stack.dir}. Ctrl-C stops everything.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await stack.stop();
    process.exit(0);
  });
}
