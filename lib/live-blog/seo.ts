import type { Metadata } from 'next';
import { absoluteUrl } from '@/lib/site-url';
import type { Locale } from '@/i18n/routing';
import { liveFeedPath } from './paths';

/** A live blog's page metadata: its own feed listed beside the site's (<link rel="alternate">). */
export function withLiveFeed(metadata: Metadata, locale: Locale, articleId: number, title: string): Metadata {
  const types = metadata.alternates?.types ?? {};
  const feeds = [types['application/rss+xml'] ?? []]
    .flat()
    .map((feed) => (typeof feed === 'object' && 'url' in feed ? feed : { url: feed }));
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: {
        ...types,
        'application/rss+xml': [...feeds, { url: absoluteUrl(locale, liveFeedPath(articleId)), title }],
      },
    },
  };
}
