import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

// `npm run test:e2e` migrates and seeds a fresh data/e2e.db and builds against
// it before this runs; here the production server is started on that file.
// e2e/run-specs.ts starts that server itself and runs one spec file per call:
// E2E_SERVER_STARTED=1 tells this config to use it rather than start another.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // A spec run alone (e2e/run-specs.ts) meets a server just started, every page cold; on a
  // shared, busy machine a journey with two sessions then needs more than 30 s.
  timeout: 60_000,
  use: {
    baseURL,
    locale: 'ar',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // No -H: bound to one address, Next builds the locale rewrite for "localhost" and loops.
    command: `node_modules/.bin/next start -p ${PORT}`,
    url: baseURL,
    reuseExistingServer: process.env.E2E_SERVER_STARTED === '1',
    timeout: 60_000,
    env: {
      DATABASE_PATH: process.env.DATABASE_PATH ?? 'data/e2e.db',
      SITE_URL: baseURL,
      // Every view outside the sample that reports the strict script policy, as 99 % of
      // readers' are; e2e/runtime-headers.spec.ts and e2e/edge.spec.ts cover the sampled ones.
      CSP_REPORT_SAMPLE: '0',
    },
  },
});
