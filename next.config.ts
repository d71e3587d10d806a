import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { contentSecurityPolicy, NON_ADMIN_SOURCE, securityHeaders } from './lib/security-headers';
import { ACTION_BODY_LIMIT_BYTES } from './lib/request-guard';
import { env } from './lib/env';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3'],
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
    return [
      { source: '/:path*', headers: securityHeaders },
      // The admin's policy carries a per-request nonce and is set by proxy.ts.
      { source: NON_ADMIN_SOURCE, headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy() }] },
    ];
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
