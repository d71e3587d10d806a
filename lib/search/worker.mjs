// A search worker (lib/search/pool.ts): the reader's searches run here, on a
// read-only connection of its own, so a burst of unique queries keeps the
// server's thread free for cached pages. It is plain JavaScript outside Next's
// bundle, started by path; the search code it runs is the server's own
// TypeScript, compiled here by tsx (a dependency already: `npm run setup` and
// the scripts run on it), so there is one copy of the normaliser and the query.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { openReadOnlyDatabase } = await import('../../db/client.ts');
const { createSearch } = await import('../../db/queries/full-text.ts');
const { resultsPage } = await import('./results-page.ts');

const search = createSearch(openReadOnlyDatabase(workerData.databasePath));

parentPort.on('message', (request) => {
  try {
    parentPort.postMessage({ page: resultsPage(search, request) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
