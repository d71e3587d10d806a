import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/security-headers';
import { ACTION_BODY_LIMIT_BYTES } from './lib/request-guard';
import { env } from './lib/env';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3'],
  // Several workers share one cache through Redis (read when `next start` starts).
  cacheHandler: env.REDIS_URL ? path.resolve('lib/cache/redis-handler.mjs') : undefined,
  // Each worker keeps no second, private copy of what Redis holds.
  cacheMaxMemorySize: env.REDIS_URL ? 0 : undefined,
  experimental: {
    // Image uploads go through a server action (lib/request-guard.ts sets the limit, proxy.ts enforces it first).
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    // CACHE_TO_DISK=0 keeps rendered pages and data in memory only, so a
    // second server on the same build (tests, the load test) and another
    // database never leaves its pages in .next/ for the first one to serve.
    isrFlushToDisk: env.CACHE_TO_DISK,
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    // Newsroom pictures are at most 1600 px wide (lib/media/variants.ts): a short
    // ladder keeps every <img> srcset, and so every listing page, small.
    deviceSizes: [480, 828, 1200, 1600],
    imageSizes: [320],
  },
  async headers() {
    // proxy.ts replaces the policy on every page (the admin's carries a per-request nonce).
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
