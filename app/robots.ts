import type { MetadataRoute } from 'next';
import { SITE_URL } from '@/lib/site-url';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/en/admin', '/search', '/en/search'] },
    sitemap: [`${SITE_URL}/sitemap.xml`, `${SITE_URL}/sitemaps/news.xml`],
  };
}
