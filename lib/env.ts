import { z } from 'zod';

// The portal's settings (README, "Configuration"), read from the environment in
// one place and checked once: a wrong value stops the server at start-up
// (instrumentation.ts) with the variable's name and what it should be, instead
// of surfacing later as a wrong date or a believed X-Forwarded-For.
// This module imports nothing of the portal, so every layer may use it (db/
// included, see eslint.config.mjs), and it runs in next.config.ts and the proxy.

const wholeNumber = (expected: string) =>
  z
    .string()
    .regex(/^\d+$/, { error: expected })
    .transform(Number)
    .refine((value) => Number.isSafeInteger(value), { error: expected });

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const schema = z.object({
  DATABASE_PATH: z.string().default('data/portal.db'),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'expected the public http(s) origin, such as https://news.example' })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  SITE_TIME_ZONE: z
    .string()
    .refine(isTimeZone, { error: 'expected an IANA time zone, such as Africa/Cairo or UTC' })
    .default('Africa/Cairo'),
  PORT: wholeNumber('expected a port number from 1 to 65535')
    .refine((port) => port >= 1 && port <= 65535, { error: 'expected a port number from 1 to 65535' })
    .default(3000),
  MEDIA_DIR: z.string().optional(),
  ADMIN_EMAIL: z.email({ error: 'expected an email address' }).optional(),
  // The minimum of every staff password (PASSWORD_LENGTH in lib/auth/password.ts).
  ADMIN_PASSWORD: z.string().min(10, { error: 'expected at least 10 characters' }).optional(),
  TRUST_PROXY: wholeNumber('expected how many proxies of yours sit in front: 0 (the default), 1, 2…').default(0),
  BACKUP_DIR: z.string().default('backups'),
  CACHE_TO_DISK: z
    .enum(['0', '1'], { error: 'expected 0 (keep the page cache in memory only) or 1 (the default)' })
    .default('1')
    .transform((value) => value === '1'),
  // Several workers sharing Next's cache (lib/cache/redis-handler.mjs); unset: each process keeps its own.
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'expected a redis:// URL, such as redis://127.0.0.1:6379' })
    .optional(),
  // The edge nodes purged after every write (lib/cache/edge-purge.ts); unset: no edge.
  EDGE_PURGE_URLS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'expected comma-separated http(s) URLs of Varnish nodes' }))),
  // `npm run bench` sets it to render /bench-floor, the framework's floor it measures reader pages against.
  BENCH_FLOOR: z
    .enum(['0', '1'], { error: 'expected 0 (the default: /bench-floor is a 404) or 1' })
    .default('0')
    .transform((value) => value === '1'),
  // How stale «الأكثر قراءة» may be: its cached read is refreshed at most this often (lib/most-read/read.ts).
  MOST_READ_REFRESH_SECONDS: wholeNumber('expected seconds from 1 to 3600, such as 300')
    .refine((seconds) => seconds >= 1 && seconds <= 3600, { error: 'expected seconds from 1 to 3600, such as 300' })
    .default(300),
  // The share of reader page views that also get the strict script policy, reported only
  // (lib/security-headers.ts): every such view reports Next's inline bootstrap, so all of
  // them would be a post per view to the origin and a console issue in every reader's browser.
  CSP_REPORT_SAMPLE: z
    .string()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, { error: 'expected a share from 0 to 1, such as 0.01' })
    .transform(Number)
    .default(0.01),
  // Threads the reader's searches run in (lib/search/pool.ts); 0 runs them on the server's own thread.
  // Unset: one per core, at most four.
  SEARCH_WORKERS: wholeNumber('expected a number of search threads from 0 to 16, such as 2')
    .refine((count) => count <= 16, { error: 'expected a number of search threads from 0 to 16, such as 2' })
    .optional(),
  // Next sets it; the scripts run without.
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'expected development, production or test' })
    .default('production'),
});

export type Env = z.infer<typeof schema>;
type Variable = keyof Env;

const VARIABLES = Object.keys(schema.shape) as Variable[];
const SECRETS: readonly Variable[] = ['ADMIN_PASSWORD'];

export class EnvError extends Error {
  override name = 'EnvError';
}

/** The settings in `source`, checked; unset and empty variables take their defaults. Throws an EnvError naming every bad one. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const given = Object.fromEntries(VARIABLES.map((name) => [name, source[name] || undefined]));
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const problems = Object.entries(z.flattenError(parsed.error).fieldErrors).map(([name, messages]) => {
    const value = SECRETS.includes(name as Variable) ? '' : `=${JSON.stringify(given[name])}`;
    return `  ${name}${value}: ${(messages as string[]).join('; ')}`;
  });
  throw new EnvError(`Invalid environment (see README, "Configuration"):\n${problems.join('\n')}`);
}

/** The settings this process started with. */
export const env: Env = readEnv();
