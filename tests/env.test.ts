import { describe, expect, it } from 'vitest';
import { EnvError, readEnv } from '@/lib/env';

const problemWith = (source: Record<string, string>) => {
  try {
    readEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(source)} was accepted`);
};

describe('environment', () => {
  it('gives every setting its documented default, empty counting as unset', () => {
    expect(readEnv({ SITE_URL: '', TRUST_PROXY: '' })).toEqual({
      DATABASE_PATH: 'data/portal.db',
      SITE_URL: 'http://localhost:3000',
      SITE_TIME_ZONE: 'Africa/Cairo',
      PORT: 3000,
      MEDIA_DIR: undefined,
      ADMIN_EMAIL: undefined,
      ADMIN_PASSWORD: undefined,
      TRUST_PROXY: 0,
      BACKUP_DIR: 'backups',
      CACHE_TO_DISK: true,
      REDIS_URL: undefined,
      EDGE_PURGE_URLS: [],
      BENCH_FLOOR: false,
      MOST_READ_REFRESH_SECONDS: 300,
      CSP_REPORT_SAMPLE: 0.01,
      NODE_ENV: 'production',
    });
  });

  it('reads the scaled-out tier: Redis and the edge nodes', () => {
    const env = readEnv({
      REDIS_URL: 'redis://127.0.0.1:6379',
      EDGE_PURGE_URLS: 'http://10.0.0.5/, http://10.0.0.6:8080/',
    });
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.EDGE_PURGE_URLS).toEqual(['http://10.0.0.5/', 'http://10.0.0.6:8080/']);
  });

  it('reads numbers, switches and the origin', () => {
    const env = readEnv({
      SITE_URL: 'https://news.example/',
      SITE_TIME_ZONE: 'Asia/Riyadh',
      PORT: '8080',
      TRUST_PROXY: '2',
      CACHE_TO_DISK: '0',
      ADMIN_EMAIL: 'chief@news.example',
      CSP_REPORT_SAMPLE: '0.25',
    });
    expect(env).toMatchObject({
      SITE_URL: 'https://news.example',
      SITE_TIME_ZONE: 'Asia/Riyadh',
      PORT: 8080,
      TRUST_PROXY: 2,
      CACHE_TO_DISK: false,
      ADMIN_EMAIL: 'chief@news.example',
      CSP_REPORT_SAMPLE: 0.25,
    });
    expect(readEnv({ CSP_REPORT_SAMPLE: '0' }).CSP_REPORT_SAMPLE).toBe(0);
    expect(readEnv({ CSP_REPORT_SAMPLE: '1' }).CSP_REPORT_SAMPLE).toBe(1);
  });

  it.each([
    [{ SITE_TIME_ZONE: 'Mars/Base' }, 'SITE_TIME_ZONE="Mars/Base": expected an IANA time zone'],
    [{ TRUST_PROXY: 'abc' }, 'TRUST_PROXY="abc": expected how many proxies of yours sit in front'],
    [{ TRUST_PROXY: '-1' }, 'TRUST_PROXY="-1": expected how many proxies'],
    [{ TRUST_PROXY: '1.5' }, 'TRUST_PROXY="1.5": expected how many proxies'],
    [{ SITE_URL: 'news.example' }, 'SITE_URL="news.example": expected the public http(s) origin'],
    [{ SITE_URL: 'ftp://news.example' }, 'SITE_URL="ftp://news.example": expected the public http(s) origin'],
    [{ PORT: '70000' }, 'PORT="70000": expected a port number from 1 to 65535'],
    [{ PORT: 'http' }, 'PORT="http": expected a port number from 1 to 65535'],
    [{ ADMIN_EMAIL: 'chief' }, 'ADMIN_EMAIL="chief": expected an email address'],
    [{ CACHE_TO_DISK: 'off' }, 'CACHE_TO_DISK="off": expected 0'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL="localhost:6379": expected a redis:// URL'],
    [{ EDGE_PURGE_URLS: 'varnish-1' }, 'EDGE_PURGE_URLS="varnish-1": expected comma-separated http(s) URLs'],
    [{ CSP_REPORT_SAMPLE: '1.5' }, 'CSP_REPORT_SAMPLE="1.5": expected a share from 0 to 1'],
    [{ CSP_REPORT_SAMPLE: '1%' }, 'CSP_REPORT_SAMPLE="1%": expected a share from 0 to 1'],
    [{ CSP_REPORT_SAMPLE: '-0.1' }, 'CSP_REPORT_SAMPLE="-0.1": expected a share from 0 to 1'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV="prod": expected development, production or test'],
  ])('refuses %j, naming the variable and what it expects', (source, expected) => {
    const message = problemWith(source);
    expect(message).toContain('Invalid environment');
    expect(message).toContain(expected);
  });

  it('names a too-short ADMIN_PASSWORD without printing it', () => {
    const message = problemWith({ ADMIN_PASSWORD: 'hunter2' });
    expect(message).toContain('ADMIN_PASSWORD: expected at least 10 characters');
    expect(message).not.toContain('hunter2');
  });

  it('lists every wrong variable at once', () => {
    const message = problemWith({ SITE_TIME_ZONE: 'Mars/Base', TRUST_PROXY: 'abc' });
    expect(message.split('\n').slice(1)).toHaveLength(2);
  });
});
