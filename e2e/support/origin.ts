/** The address the suite's server was started on (package.json's test:e2e sets SITE_URL). */
export const ORIGIN = process.env.SITE_URL ?? 'http://localhost:3100';
